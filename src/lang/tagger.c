/*
 * tagger.c — choosing one tag per token from its candidates (see tagger.h).
 *
 * Every token first gets its likeliest tag out of context (guess.c); then
 * one pass left to right settles the ambiguous ones from the tags already
 * chosen on the left and the candidates on the right. The pass keeps the
 * state of the current clause: whether it has a subject and a finite verb
 * yet. That state is what tells "the government plans new talks" (plans is
 * the verb) from "the peace talks resumed" (talks is a noun, resumed the
 * verb) and "officials said" (past tense) from "remarks published on
 * Monday" (participle).
 */
#include "lang/tagger.h"

#include <string.h>

#define T(l) DY_TAGBIT(DY_##l)
#define FINITE (T(VBD) | T(VBZ) | T(VBP) | T(MD))
#define DY_LEX_AUX (DY_LEX_BE | DY_LEX_HAVE | DY_LEX_DO)

typedef struct tagstate {
    dy_tword *w;
    size_t n;
    int verb;        /* the current clause has its finite verb */
    int subject;     /* ... and something nominal before it */
    int in_pp;       /* inside the object of a preposition (2: set off by a comma) */
    int pp_after_comma;
    int outer_pending;   /* relative clauses opened while their subject awaits its verb */
    int verb_before_comma; /* the clause the last comma closed had its verb */
    int rel_open;        /* inside ", who ...": the outer clause's state is saved */
    int rel_subject, rel_verb;
    long cc_at;          /* the last conjunction in this clause, -1 if none */
    uint16_t verb_tag;
} tagstate;

static int has(const dy_tword *w, uint64_t tags)
{
    return (w->cand & tags) != 0;
}

static int word_is(const dy_tword *w, const char *upper)
{
    return strcmp(w->leaf->upper, upper) == 0;
}

static int is_noun_tag(int t)
{
    return t == DY_NN || t == DY_NNS || t == DY_NNP || t == DY_NNPS;
}

static int is_verb_tag(int t)
{
    return t >= DY_VB && t <= DY_VBZ;
}

static int is_adv_tag(int t)
{
    return t == DY_RB || t == DY_RBR || t == DY_RBS;
}

static int is_finite_tag(int t)
{
    return t == DY_VBD || t == DY_VBZ || t == DY_VBP || t == DY_MD;
}

static int is_adj_tag(int t)
{
    return t == DY_JJ || t == DY_JJR || t == DY_JJS;
}

/* Choose among the candidates in order of preference. */
static uint16_t first_of(const dy_tword *w, const uint16_t *prefs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (w->cand & DY_TAGBIT(prefs[i]))
            return prefs[i];
    return 0;
}

#define FIRST_OF(w, ...) \
    first_of((w), (const uint16_t[]){__VA_ARGS__}, sizeof((const uint16_t[]){__VA_ARGS__}) / sizeof(uint16_t))

static uint16_t noun_reading(const dy_tword *w)
{
    if (is_noun_tag(w->lex.pref) && (w->cand & DY_TAGBIT(w->lex.pref)))
        return w->lex.pref;
    return FIRST_OF(w, DY_NN, DY_NNS, DY_NNP, DY_NNPS);
}

static uint16_t finite_reading(const dy_tword *w)
{
    return FIRST_OF(w, DY_VBD, DY_VBZ, DY_VBP, DY_MD);
}

/* The tag of the nearest token before i that is not an adverb (0 if none). */
static int prev_non_adverb(const tagstate *s, size_t i, size_t *at)
{
    while (i > 0) {
        i--;
        if (!is_adv_tag(s->w[i].tag)) {
            if (at)
                *at = i;
            return s->w[i].tag;
        }
    }
    return 0;
}

static uint32_t flags_of(const dy_tword *w)
{
    return w->lex.flags;
}

static int is_nominative(const dy_tword *w)
{
    return w->cand == T(PRP) && (word_is(w, "HE") || word_is(w, "SHE") || word_is(w, "THEY") ||
                                 word_is(w, "WE") || word_is(w, "I"));
}

/* A token that ends the current clause as far as verb search goes. */
static int clause_break(const dy_tword *w)
{
    int t = w->tag;
    return t == DY_COMMA || t == DY_COLON || t == DY_PERIOD || t == DY_CC || t == DY_WDT ||
           t == DY_WP || t == DY_WRB || t == DY_LRB || t == DY_RRB ||
           (t == DY_IN && (flags_of(w) & DY_LEX_SUB));
}

/* A word that opens an object but cannot go on a singular noun before
 * it: a determiner, a number, an adjective, a plural noun. */
static int object_start(const dy_tword *w)
{
    uint64_t c = w->cand;
    return (c & (T(DT) | T(PRPS) | T(CD) | T(NNS))) || (c && !(c & ~DY_TAGS_ADJ));
}

/* A pronoun that can be a subject: he, they, and it, you (a participle
 * takes no object, so "it" after one starts a clause of its own). */
static int subject_pronoun(const dy_tword *w)
{
    return is_nominative(w) || (w->cand == T(PRP) && (word_is(w, "IT") || word_is(w, "YOU")));
}

/* A preposition that cannot start a clause: its object follows (not
 * after, that, since, which may be followed by a clause). */
static int preposition_only(const dy_tword *w)
{
    return (w->cand & T(IN)) && !(w->cand & ~(T(IN) | T(RP) | T(RB))) &&
           !(w->lex.flags & DY_LEX_SUB);
}

/*
 * Is there, after i and in the same clause, a token that must be a finite
 * verb there: one with no noun reading (and not mostly an adjective), or a
 * past form mostly used as a verb before its object ("cut diplomatic ties")?
 */
static int finite_verb_follows(const tagstate *s, size_t i)
{
    int infinitive = 0;   /* seen "to" + verb: its object may have a participle */
    for (size_t j = i + 1; j < s->n && j < i + 12; j++) {
        const dy_tword *w = &s->w[j];
        if (clause_break(w) || subject_pronoun(w))
            return 0;
        if (has(w, T(POS)))
            continue;                      /* Gondor 's steward */
        const dy_tword *before = &s->w[j - 1];
        if (before->cand == T(DT) || before->cand == T(PRPS))
            continue;                      /* a detained soldier: inside a noun phrase */
        if (preposition_only(before))
            continue;                      /* over deported children: a preposition's object */
        size_t k = j - 1;
        while (k > i && !(s->w[k].cand & ~DY_TAGS_ADV))
            k--;                           /* had already fled */
        int after_aux = (s->w[k].lex.flags & (DY_LEX_BE | DY_LEX_HAVE)) && has(w, T(VBN) | T(VBG));
        int after_to = has(before, T(TO) | T(MD)) && has(w, T(VB));
        infinitive |= after_to;
        const dy_tword *next = j + 1 < s->n ? &s->w[j + 1] : NULL;
        if (infinitive && has(w, T(VBN)) && has(before, DY_TAGS_NOUN) && next &&
            has(next, T(IN)) && !has(next, T(DT)))
            continue;                      /* to release envoys detained in Osgiliath */
        if (has(w, T(VBN)) && next && word_is(next, "BY"))
            continue;                      /* a deal negotiated by ...: a participle */
        int adjective = has(w, DY_TAGS_ADJ) && w->lex.count[DY_LEX_A] > w->lex.count[DY_LEX_V];
        int verbal = !has(w, DY_TAGS_NOUN) || (has(w, T(MD)) && j == i + 1) ||   /* rebels will */
                     (has(w, T(VBD)) && w->lex.count[DY_LEX_V] > w->lex.count[DY_LEX_N] && next &&
                      object_start(next));   /* troops cut diplomatic ties */
        if ((w->cand & FINITE) && verbal && !after_aux && !after_to && !adjective)
            return 1;                      /* (not "long": cast long shadow) */
    }
    return 0;
}

/*
 * Up to the next comma or the end, is there a verb that can only be
 * finite and is not the verb of a relative clause ("who shot ...") in
 * between? Then the subject's own verb is still to come.
 */
static int finite_verb_past_relatives(const tagstate *s, size_t i)
{
    int relative = 0;
    for (size_t j = i + 2; j < s->n && j < i + 40; j++) {
        const dy_tword *w = &s->w[j];
        if (w->cand & (T(COMMA) | T(COLON) | T(PERIOD) | T(CC)))
            return 0;
        if ((w->cand & (T(WP) | T(WDT))) && !has(w, T(IN) | T(DT)))
            relative = 1;
        else if (s->w[j - 1].cand == T(TO))
            continue;                      /* linked to expand: an infinitive */
        else if ((w->cand & FINITE) && !has(w, DY_TAGS_NOUN) && relative)
            relative = 0;                  /* who shot ...: the relative clause's verb */
        else if ((w->cand & FINITE) && !has(w, DY_TAGS_NOUN))
            return 1;
    }
    return 0;
}

/* Could token j begin a noun phrase (by its candidates)? */
static int starts_np(const dy_tword *w)
{
    return has(w, T(DT) | T(PRPS) | T(PRP) | T(CD) | T(PDT) | T(WPS) | T(DOLLAR) | DY_TAGS_NOUN |
                      DY_TAGS_ADJ);
}

/* ... or an adverb before a number or determiner: almost all, about 70. */
static int starts_np_at(const tagstate *s, size_t j)
{
    if (j >= s->n)
        return 0;
    const dy_tword *w = &s->w[j];
    if (w->cand == T(RB) && j + 1 < s->n)
        return has(&s->w[j + 1], T(DT) | T(CD) | T(PDT));
    if (has(w, T(VBN) | T(VBG)) && j + 1 < s->n && has(&s->w[j + 1], DY_TAGS_NOUN))
        return 1;   /* in stalled disputes */
    return starts_np(w);
}


/* A lower-case word that is more likely a verb in the past or present
 * tense than a noun: accused, pledged, says (not police, rule). */
static int likely_finite_verb(const dy_tword *w)
{
    if (!w || (w->shape & (DY_TW_CAP | DY_TW_PUNCT)) || !has(w, T(VBD) | T(VBZ)))
        return 0;
    return !has(w, DY_TAGS_NOUN) || w->lex.count[DY_LEX_V] > w->lex.count[DY_LEX_N];
}

/* A past form far more often a verb than an adjective: pledged, fired
 * (not armed, united). */
static int clearly_past(const dy_tword *w)
{
    return has(w, T(VBD)) && likely_finite_verb(w) &&
           2 * w->lex.count[DY_LEX_A] < w->lex.count[DY_LEX_V];
}

/* A past form more often a verb than an adjective: dissolved, exchanged. */
static int likely_past(const dy_tword *w)
{
    return has(w, T(VBD)) && likely_finite_verb(w) &&
           w->lex.count[DY_LEX_A] <= w->lex.count[DY_LEX_V];
}

/* Does a bare time phrase start at j: "last week", "Monday", "this year"? */
static int time_phrase_at(const tagstate *s, size_t j)
{
    if (j < s->n && (s->w[j].cand & (T(DT) | DY_TAGS_ADJ)))
        j++;
    return j < s->n && has(&s->w[j], DY_TAGS_NOUN) && (s->w[j].lex.flags & DY_LEX_TIME);
}

/* Is the next token likely part of a noun phrase? */
static int nominal_next(const tagstate *s, size_t i)
{
    if (i + 1 >= s->n)
        return 0;
    const dy_tword *next = &s->w[i + 1];
    if (next->cand == T(CC) && i + 2 < s->n)
        next = &s->w[i + 2];   /* economic and military ties */
    const uint16_t *c = next->lex.count;
    size_t after = (size_t)(next - s->w) + 1;
    if (has(next, T(VBG)) && c[DY_LEX_V] > c[DY_LEX_N] + c[DY_LEX_A] && after < s->n &&
        has(&s->w[after], T(DT) | T(PRPS) | T(PRP) | T(CD) | T(NNP)))
        return 0;              /* the capital demanding the release; but heavy fighting . */
    if (clearly_past(next))
        return 0;              /* the military pledged $30 million */
    if (has(next, DY_TAGS_ADV) && time_phrase_at(s, after))
        return 0;              /* Yemen's army chief earlier this month */
    return has(next, DY_TAGS_NOUN | DY_TAGS_ADJ | T(CD)) &&
           !(next->lex.flags & (DY_LEX_BE | DY_LEX_HAVE | DY_LEX_DO));
}

/* An adjective reading before a noun (full ties, major powers), unless the
 * word is far more often a noun (world government). */
static uint16_t prenominal_adjective(const tagstate *s, size_t i)
{
    const dy_tword *w = &s->w[i];
    if (!has(w, DY_TAGS_ADJ) || !nominal_next(s, i))
        return 0;
    const dy_tword *next = &s->w[i + 1];
    int common_next = has(next, T(NN) | T(NNS)) && !(next->shape & DY_TW_CAP);
    if (common_next && has(w, DY_TAGS_NOUN) &&
        w->lex.count[DY_LEX_N] > 3 * w->lex.count[DY_LEX_A] + 3)
        return 0;
    return FIRST_OF(w, DY_JJ, DY_JJR, DY_JJS);
}

/* Finite readings that agree with a singular or plural noun before them. */
static uint16_t agreeing_finite(const dy_tword *w, int subject_tag)
{
    uint64_t c = w->cand;
    if (subject_tag == DY_NN || subject_tag == DY_NNP)
        c &= ~T(VBP);
    if (subject_tag == DY_NNS || subject_tag == DY_NNPS)
        c &= ~T(VBZ);
    dy_tword tmp = *w;
    tmp.cand = c;
    return finite_reading(&tmp);
}

/*
 * From i, a short phrase up to a comma and then a verb that can be finite:
 * the shape of a participle set off by commas before its clause's verb.
 */
static int comma_then_finite(const tagstate *s, size_t i)
{
    size_t j = i + 1;
    while (j < s->n && j < i + 16 && s->w[j].tag != DY_COMMA) {
        const dy_tword *u = &s->w[j];
        int joins_nps = u->tag == DY_CC && j + 1 < s->n && starts_np(&s->w[j + 1]) &&
                        !has(&s->w[j + 1], DY_TAGS_VERB);   /* by Saudi Arabia and the US */
        int preposition = u->tag == DY_IN;                   /* speaking after talks */
        if ((clause_break(u) && !joins_nps && !preposition) ||
            (has(u, FINITE & ~T(VBD)) && !has(u, DY_TAGS_NOUN)))
            return 0;
        j++;
    }
    if (j >= s->n || s->w[j].tag != DY_COMMA)
        return 0;
    j++;
    while (j < s->n && s->w[j].cand == T(RB))
        j++;
    /* by its place the word after the second comma is the clause's verb:
       "The deal, signed in Doha, calls for ..." */
    return j < s->n && has(&s->w[j], FINITE);
}

/* ---- verbs ---------------------------------------------------------------- */

/* Are the tokens strictly between a and b a noun phrase (by their tags)? */
static int noun_phrase_since(const tagstate *s, long a, size_t b)
{
    if ((size_t)a + 1 >= b)
        return 0;
    for (size_t k = (size_t)a + 1; k < b; k++) {
        int t = s->w[k].tag;
        if (!(is_noun_tag(t) || is_adj_tag(t) || t == DY_DT || t == DY_POS || t == DY_PRPS ||
              t == DY_CD || t == DY_PRP))
            return 0;
    }
    return 1;
}

/*
 * "search and rescue teams", "oil and gas companies": a bare singular
 * noun right before i follows a conjunction that follows a singular noun
 * or an adjective; the two are modifiers of the noun at i.
 */
static int coordinated_modifiers(const tagstate *s, size_t i)
{
    if (s->cc_at < 1 || (size_t)s->cc_at + 2 != i)
        return 0;
    const dy_tword *a = &s->w[s->cc_at - 1], *b = &s->w[i - 1];
    return b->tag == DY_NN && !(b->shape & DY_TW_CAP) && (a->tag == DY_NN || is_adj_tag(a->tag)) &&
           !(a->shape & DY_TW_CAP);
}

/*
 * Is the token before i a common noun with no determiner of its own
 * ("defence spending", "migrant smuggling"; not "the army fighting")?
 */
static int bare_noun_before(const tagstate *s, size_t i)
{
    if (i < 2 || s->w[i - 1].tag != DY_NN || (s->w[i - 1].shape & DY_TW_CAP))
        return 0;
    size_t k = i - 1;
    while (k > 0 && (is_noun_tag(s->w[k - 1].tag) || is_adj_tag(s->w[k - 1].tag)))
        k--;
    int t = k > 0 ? s->w[k - 1].tag : 0;
    return !(t == DY_DT || t == DY_PRPS || t == DY_POS || t == DY_CD || t == DY_PDT);
}

static uint16_t after_noun(tagstate *s, size_t i, int noun_tag)
{
    dy_tword *w = &s->w[i];
    int noun = has(w, DY_TAGS_NOUN);
    const dy_tword *next = i + 1 < s->n ? &s->w[i + 1] : NULL;
    if (s->verb && has(w, T(VBN)) && !noun && next && word_is(next, "BY") && i + 2 < s->n &&
        starts_np(&s->w[i + 2]))
        return DY_VBN;                     /* drones and missiles fired by the Houthis */
    if (has(w, T(RB)) && next && has(next, FINITE) && !has(next, DY_TAGS_NOUN) && !s->verb)
        return DY_RB;                      /* Hu Jintao last visited */
    if (has(w, T(JJ)) && next && has(next, DY_TAGS_NOUN) && (next->lex.flags & DY_LEX_TIME) &&
        !s->verb)
        return DY_JJ;                      /* Arnor last week attacked */
    if (s->in_pp == 2 && has(w, T(VBN)) && !noun)
        return DY_VBN;                     /* X, in remarks published on Monday, ... */
    int object_next = next && has(next, T(DT) | T(PRPS) | T(TO)) && !has(next, DY_TAGS_NOUN);
    int second_clause = s->verb && s->cc_at >= 0 && (long)i - s->cc_at <= 6 &&
                        noun_phrase_since(s, s->cc_at, i);
    int past = clearly_past(w);
    if (s->verb && !noun && !(second_clause && past)) {
        uint16_t adj = prenominal_adjective(s, i);
        if (adj)
            return adj;                    /* began in Geneva last week */
    }
    if (second_clause && (!noun || object_next) && !(noun && coordinated_modifiers(s, i))) {
        uint16_t f = agreeing_finite(w, noun_tag);   /* X attacked Y and Z attacked W */
        if (f)
            return f;
    }
    if (s->verb && s->outer_pending && has(w, T(VBD)) && !noun) {
        s->outer_pending--;                /* the group that attacked the town fled */
        return DY_VBD;
    }
    if (!s->verb && s->subject) {
        /* a saying verb, or one WordNet's corpus never saw as a noun, before
           its object: "officials fear the conflict could spread",
           "lawmakers accused Trump of taking credit for a deal negotiated ..." */
        int verb_first = (flags_of(w) & DY_LEX_SAY) ||
                         (w->lex.count[DY_LEX_N] == 0 && w->lex.count[DY_LEX_V] > 0);
        int object_ahead = next && (has(next, T(DT) | T(PRPS) | T(CD)) ||
                                    ((next->shape & DY_TW_CAP) && has(next, T(NNP))));
        if (noun && finite_verb_follows(s, i) && !(verb_first && object_ahead) &&
            !(has(w, T(VBG)) && next && has(next, T(DT) | T(PRPS)) && !has(next, DY_TAGS_NOUN)))
            return noun_reading(w);        /* (a coalition fighting the Houthis said: VBG) */
        if (s->cc_at >= 0)
            noun_tag = DY_NNS;             /* Fornost and Gondor welcome */
        if (noun && next && has(next, T(DT) | T(PRPS)) && !has(next, DY_TAGS_NOUN)) {
            uint16_t f = agreeing_finite(w, noun_tag);   /* ... welcome a resumption */
            if (f)
                return f;
        }
        int gap = (flags_of(w) & DY_LEX_SAY) && next && has(next, FINITE) &&
                  !has(next, DY_TAGS_NOUN);   /* analysts said could deepen */
        if (has(w, T(VBN)) && next && word_is(next, "BY") && i + 2 < s->n &&
            starts_np(&s->w[i + 2]) && !(flags_of(w) & DY_LEX_AUX))
            return DY_VBN;                 /* talks mediated by the African Union */
        if (has(w, T(VBN)) && !(next && starts_np(next)) && !(flags_of(w) & DY_LEX_AUX) &&
            !gap && finite_verb_follows(s, i))
            return DY_VBN;                 /* soldiers killed in ... were (but "had fled") */
        if (has(w, T(VBG)) && next && has(next, T(DT) | T(PRPS)) && !has(next, DY_TAGS_NOUN))
            return DY_VBG;                 /* a coalition fighting the Houthis said */
        if (has(w, T(VBN)) && next && has(next, T(VBN)) && !has(next, DY_TAGS_NOUN) &&
            !(flags_of(w) & DY_LEX_AUX) && i + 2 < s->n && has(&s->w[i + 2], T(IN) | T(TO)) &&
            finite_verb_past_relatives(s, i))
            return DY_VBN;                 /* a woman believed linked to X who ... was */
        uint16_t f = noun ? agreeing_finite(w, noun_tag) : finite_reading(w);
        if (f)
            return f;
        if (noun)
            return noun_reading(w);
        return FIRST_OF(w, DY_VBN, DY_VBG, DY_VB, DY_NN, DY_NNS);
    }
    if (has(w, T(VBG)) && noun && next &&
        (word_is(next, "OF") || word_is(next, "BETWEEN") || word_is(next, "AMONG")))
        return DY_NN;                      /* a summit meeting between ...: no participle takes of */
    if (has(w, T(VBG)) && noun && bare_noun_before(s, i) && !(next && starts_np(next)))
        return noun_reading(w);            /* increase defence spending at ...: no object */
    if (has(w, T(VBG)) && next && (starts_np(next) || has(next, T(IN) | T(TO) | T(RB))) &&
        !(noun && time_phrase_at(s, i + 1)))
        return DY_VBG;                     /* the roads leading into ...; the crossing last week */
    if (noun && s->verb && has(w, T(VBN)) && !has(w, T(VBG)) && next &&
        is_noun_tag(noun_tag) &&
        (word_is(next, "OF") || word_is(next, "BY") || word_is(next, "IN")))
        return DY_VBN;                     /* expelled two diplomats accused of spying */
    if (noun)
        return noun_reading(w);
    if (!s->verb && !s->subject && has(w, T(VBD)) && !has(w, T(VBN)))
        return DY_VBD;
    return FIRST_OF(w, DY_VBN, DY_VBG, DY_VB, DY_VBD, DY_VBZ, DY_VBP);
}

/*
 * The participle that opens the clause the conjunction at cc is in
 * (", raising tariffs ... and"): its tag, or 0 when the clause (back to
 * a comma, a clause opening or the sentence start, past adverbs) does not
 * begin with an -ing or -en form.
 */
static int opening_participle(const tagstate *s, size_t cc)
{
    size_t k = cc;
    while (k > 0 && !clause_break(&s->w[k - 1]))
        k--;
    while (k < cc && is_adv_tag(s->w[k].tag))
        k++;
    int t = k < cc ? s->w[k].tag : 0;
    return t == DY_VBG || t == DY_VBN ? t : 0;
}

/*
 * Is the conjunction at cc in the object of a to-infinitive: "to" and a
 * base verb earlier in the same clause, with nothing finite since?
 */
static int open_infinitive(const tagstate *s, size_t cc)
{
    for (size_t k = cc; k > 0; k--) {
        const dy_tword *u = &s->w[k - 1];
        if (u->tag == DY_VB && k >= 2 && s->w[k - 2].tag == DY_TO)
            return 1;
        if (clause_break(u) || is_finite_tag(u->tag))
            return 0;
    }
    return 0;
}

/* "X and promised": the form of what the conjunction joins. */
static uint16_t after_conjunction(tagstate *s, size_t i)
{
    dy_tword *w = &s->w[i];
    int part = opening_participle(s, i - 1);
    const dy_tword *next = i + 1 < s->n ? &s->w[i + 1] : NULL;
    if (part && (w->cand & DY_TAGBIT(part)) && next &&
        (starts_np(next) || has(next, T(TO) | T(IN) | T(RP) | T(RB) | T(DOLLAR))))
        return (uint16_t)part;             /* , raising tariffs and threatening to tax */
    size_t k = i - 1;
    while (k > 0 && (s->w[k - 1].tag == DY_COMMA || s->w[k].tag == DY_CC)) {
        k--;
        if (s->w[k].tag != DY_COMMA && s->w[k].tag != DY_CC)
            break;
    }
    int before = k < i - 1 ? s->w[k].tag : (i >= 2 ? s->w[i - 2].tag : 0);
    if (is_adj_tag(before) && s->verb && likely_past(w) && next && object_start(next) &&
        !has(next, DY_TAGS_ADJ))
        return DY_VBD;                     /* ruled that it was valid and dismissed the petition */
    if (before && (w->cand & DY_TAGBIT(before)) && !is_noun_tag(before))
        return (uint16_t)before;
    if (is_noun_tag(before) && has(w, T(VB)) && open_infinitive(s, i - 1) && next &&
        (has(next, T(DT) | T(PRPS)) || (next->shape & DY_TW_CAP)) && !has(next, DY_TAGS_NOUN))
        return DY_VB;                      /* to fight migrant smuggling and boost the economy */
    if (s->verb_tag == DY_VBD && has(w, T(VBD)) && next && object_start(next) &&
        w->lex.count[DY_LEX_V] > w->lex.count[DY_LEX_N])
        return DY_VBD;                     /* declared martial law and cut diplomatic ties */
    if (is_noun_tag(before) && has(w, DY_TAGS_NOUN))
        return noun_reading(w);
    if (s->verb && s->verb_tag && (w->cand & DY_TAGBIT(s->verb_tag)))
        return s->verb_tag;
    if (s->verb && has(w, T(VBD)) && s->verb_tag == DY_MD)
        return DY_VBD;
    return 0;
}

/* Does the adjective at i follow a form of BE or a copular verb (past adverbs)? */
static int predicate_of_be(const tagstate *s, size_t i)
{
    size_t at = 0;
    int pa = prev_non_adverb(s, i, &at);
    return is_verb_tag(pa) && (flags_of(&s->w[at]) & (DY_LEX_BE | DY_LEX_COP));
}

/* A word far more often a verb than a noun: meet, arrive (not rain, fire). */
static int likely_base_verb(const dy_tword *w)
{
    return has(w, T(VB)) &&
           (!has(w, DY_TAGS_NOUN) || w->lex.count[DY_LEX_V] > 2 * w->lex.count[DY_LEX_N]);
}

/* "to" after according, due, prior, thanks...: a preposition, not an infinitive. */
static int prepositional_to(const tagstate *s, size_t to)
{
    if (to == 0)
        return 0;
    const dy_tword *b = &s->w[to - 1];
    if (word_is(b, "DUE") && predicate_of_be(s, to - 1) && to + 1 < s->n &&
        likely_base_verb(&s->w[to + 1]))
        return 0;                          /* they are due to meet (but due to rain) */
    static const char *const words[] = {"DUE", "PRIOR", "THANKS", "CLOSE", "NEXT", "OPPOSED",
                                        "COMPARED", "RELATED", "ADDITION", NULL};
    if (b->lex.flags & DY_LEX_PREPV)
        return 1;
    for (int k = 0; words[k]; k++)
        if (word_is(b, words[k]))
            return 1;
    return 0;
}

/*
 * From an opening -ing word at i: a phrase with no finite verb up to a
 * comma, then a noun phrase: "Speaking in Ankara, Erdogan said".
 */
static int participle_before_clause(const tagstate *s, size_t i)
{
    for (size_t j = i + 1; j < s->n && j < i + 16; j++) {
        const dy_tword *u = &s->w[j];
        if (u->cand == T(COMMA))
            return j > i + 1 && starts_np_at(s, j + 1);
        if (clause_break(u) || ((u->cand & FINITE) && !has(u, DY_TAGS_NOUN)) ||
            likely_finite_verb(u))
            return 0;                      /* Striking workers cut ties, ... */
    }
    return 0;
}

/* After the adjective at i: ", albeit recalcitrant," (or though, yet, but, if). */
static int adjective_inserted_after(const tagstate *s, size_t i)
{
    if (i + 4 >= s->n || s->w[i + 1].cand != T(COMMA) || s->w[i + 4].cand != T(COMMA) ||
        !has(&s->w[i + 3], DY_TAGS_ADJ))
        return 0;
    const dy_tword *c = &s->w[i + 2];
    return word_is(c, "ALBEIT") || word_is(c, "THOUGH") || word_is(c, "YET") ||
           word_is(c, "BUT") || word_is(c, "IF");
}

/*
 * "an old, albeit recalcitrant, ally": before i an adjective and a comma,
 * then a conjunction and an adjective set off by commas; i is the noun.
 */
static int adjective_inserted_before(const tagstate *s, size_t i)
{
    return i >= 5 && is_adj_tag(s->w[i - 5].tag) && adjective_inserted_after(s, i - 5);
}

/* The left context of a token with a verb reading. */
typedef struct vctx {
    size_t i;
    int p;           /* tag of the token before */
    int pa;          /* tag of the nearest token before that is not an adverb */
    size_t pa_at;
    uint32_t pflags; /* its word classes ('s as VBZ counts as BE) */
    int aux_before;  /* pa is a verb */
} vctx;

/* After a modal, "to", do, have: the form the auxiliary asks for. */
static uint16_t verb_after_auxiliary(tagstate *s, const vctx *c)
{
    dy_tword *w = &s->w[c->i];
    if (c->pa == DY_TO && prepositional_to(s, c->pa_at)) {
        uint16_t t = prenominal_adjective(s, c->i);
        if (!t)
            t = noun_reading(w);           /* according to state media */
        if (t)
            return t;
    }
    if (c->pa == DY_TO && c->i + 1 < s->n && word_is(&s->w[c->i + 1], "OF") &&
        w->lex.count[DY_LEX_N] > w->lex.count[DY_LEX_V] && noun_reading(w))
        return noun_reading(w);            /* set fire to part of the building */
    if (c->pa == DY_MD || c->pa == DY_TO || (c->aux_before && (c->pflags & DY_LEX_DO))) {
        uint16_t t = FIRST_OF(w, DY_VB);
        if (t && (c->pa != DY_TO || !has(w, T(DT))))
            return t;
    }
    if (c->aux_before && (c->pflags & DY_LEX_HAVE) && has(w, T(VBN)))
        return DY_VBN;
    return 0;
}

/* Where a noun phrase may begin, an adjective before a noun: "full ties". */
static uint16_t verb_as_adjective(tagstate *s, const vctx *c)
{
    dy_tword *w = &s->w[c->i];
    int p = c->p;
    int np_may_start = p == 0 || p == DY_COMMA || p == DY_COLON || p == DY_CC || p == DY_IN ||
                       p == DY_DT ||
                       p == DY_PRPS || p == DY_POS || p == DY_CD || is_adj_tag(p) || is_adv_tag(p) ||
                       (is_verb_tag(p) && !c->aux_before);
    int inside_np = p == DY_DT || p == DY_PRPS || p == DY_POS || is_adj_tag(p) || p == DY_CD;
    if (!np_may_start || (is_adv_tag(p) && (is_noun_tag(c->pa) || c->pa == DY_PRP)) ||
        (!inside_np && has(w, T(VBG))))
        return 0;
    if (p == DY_CC && s->verb && s->verb_tag == DY_VBD && likely_past(w))
        return 0;                          /* sent teams to Bree and pledged aid */
    if (p == DY_COMMA && s->subject && !s->verb && likely_finite_verb(w) &&
        !(has(w, DY_TAGS_ADJ) && w->lex.count[DY_LEX_A] > w->lex.count[DY_LEX_V]))
        return 0;                          /* The deal, which ..., ended two years of war */
    uint16_t t = prenominal_adjective(s, c->i);   /* complete , full diplomatic ties */
    if (!t && has(w, DY_TAGS_ADJ) && c->i + 2 < s->n && s->w[c->i + 1].tag == DY_COMMA &&
        prenominal_adjective(s, c->i + 2))
        t = FIRST_OF(w, DY_JJ);
    return t;
}

/* After a form of BE: a participle, or an adjective (is ready). */
static uint16_t verb_after_be(tagstate *s, const vctx *c)
{
    dy_tword *w = &s->w[c->i];
    if (!c->aux_before || !(c->pflags & DY_LEX_BE))
        return 0;
    uint16_t t = FIRST_OF(w, DY_VBG, DY_VBN);
    if (!t && has(w, DY_TAGS_ADJ) && !nominal_next(s, c->i))
        t = FIRST_OF(w, DY_JJ, DY_JJR, DY_JJS);
    return t;
}

/* Inside a noun phrase (after a determiner) or after a preposition. */
static uint16_t verb_in_noun_phrase(tagstate *s, const vctx *c)
{
    dy_tword *w = &s->w[c->i];
    int p = c->p;
    if (p == DY_CD && likely_finite_verb(w) && !nominal_next(s, c->i))
        return 0;                          /* the Group of Seven agreed: a number ends an NP */
    if (p == DY_DT || p == DY_PRPS || p == DY_POS || p == DY_WPS || p == DY_PDT || p == DY_CD ||
        is_adj_tag(p)) {
        uint16_t t = prenominal_adjective(s, c->i);
        if (!t)
            t = noun_reading(w);
        if (!t && has(w, T(VBG)) && !nominal_next(s, c->i))
            t = DY_NN;                     /* the reopening of ... */
        return t ? t : FIRST_OF(w, DY_JJ, DY_VBN, DY_VBG);
    }
    if (p == DY_IN || p == DY_TO) {
        const dy_tword *next = c->i + 1 < s->n ? &s->w[c->i + 1] : NULL;
        int verbal = next && (starts_np(next) || has(next, T(IN) | T(TO) | T(RB) | T(VBN) | T(RP)));
        uint16_t t = has(w, T(VBG)) && verbal ? DY_VBG : noun_reading(w);
        return t ? t : FIRST_OF(w, DY_JJ, DY_VBN, DY_VBG, DY_VB);
    }
    return 0;
}

/* Right after a main verb: an adjective after remain/become, else the object. */
static uint16_t verb_after_main_verb(tagstate *s, const vctx *c)
{
    dy_tword *w = &s->w[c->i];
    if (c->p == DY_RP) {
        uint16_t t = prenominal_adjective(s, c->i);
        return t ? t : noun_reading(w);   /* cut off aid */
    }
    if (!c->aux_before || c->p != c->pa)
        return 0;
    if ((c->pflags & DY_LEX_COP) && has(w, DY_TAGS_ADJ) && !nominal_next(s, c->i))
        return FIRST_OF(w, DY_JJ, DY_JJR, DY_JJS);   /* remained open */
    if (c->pflags & (DY_LEX_BE | DY_LEX_HAVE | DY_LEX_DO))
        return 0;
    uint16_t t = prenominal_adjective(s, c->i);
    if (!t && has(w, T(VBN)) && !has(w, DY_TAGS_NOUN | DY_TAGS_ADJ) && nominal_next(s, c->i))
        t = DY_VBN;                                   /* sheltering displaced people */
    const dy_tword *next = c->i + 1 < s->n ? &s->w[c->i + 1] : NULL;
    if (!t && has(w, T(VBG)) && w->lex.count[DY_LEX_V] >= w->lex.count[DY_LEX_N] && next &&
        has(next, T(DT) | T(PRPS) | T(CD) | T(NNS) | T(NNP)) && !has(next, T(IN)) &&
        !(next->lex.flags & DY_LEX_TIME))
        t = DY_VBG;                                   /* denied supplying drones to Russia */
    return t ? t : noun_reading(w);                   /* promised aid: the object */
}

/* By the clause: after a subject pronoun, a conjunction, a noun, a comma. */
static uint16_t verb_by_clause(tagstate *s, const vctx *c)
{
    dy_tword *w = &s->w[c->i];
    size_t i = c->i;
    int p = c->p, pa = c->pa;
    uint16_t t = 0;
    if (p == DY_PRP || p == DY_EX || p == DY_WDT || p == DY_WP || (pa == DY_PRP && is_adv_tag(p)))
        t = finite_reading(w);
    if (!t && p == DY_CC)
        t = after_conjunction(s, i);
    if (t)
        return t;
    if (is_noun_tag(pa) || pa == DY_POS || pa == DY_RRB || pa == DY_RQUOTE || pa == DY_CD)
        return after_noun(s, i, pa);
    if (p == DY_COMMA && adjective_inserted_before(s, i) && noun_reading(w))
        return noun_reading(w);            /* an old, albeit recalcitrant, ally */
    if (pa == DY_COMMA && s->verb_before_comma && has(w, T(VBG)))
        return DY_VBG;                     /* ..., killing five soldiers */
    if (pa == DY_COMMA && !s->verb && has(w, T(VBN) | T(VBG)) && comma_then_finite(s, i))
        return FIRST_OF(w, DY_VBG, DY_VBN); /* China, accompanied by Russia, delayed */
    if (pa == DY_COMMA && !s->verb)
        return after_noun(s, i, 0);        /* The bill, which ..., now goes */
    if ((w->shape & DY_TW_INITIAL) && has(w, T(VBG)) && participle_before_clause(s, i))
        return DY_VBG;                     /* Speaking in Ankara, Erdogan said */
    if (w->shape & DY_TW_INITIAL) {
        t = noun_reading(w);
        if (t && !(i + 1 < s->n && has(&s->w[i + 1], T(DT) | T(PRPS)) && has(w, T(VBG))))
            return t;
        return FIRST_OF(w, DY_VBG, DY_VBN, DY_VB, DY_VBP, DY_VBD);
    }
    if (p == DY_COMMA && s->verb)
        return FIRST_OF(w, DY_VBG, DY_VBN, DY_NN, DY_NNS, DY_VBD, DY_VB);
    return 0;
}

/* Tokens with a verb reading: the rules in order, the first that decides wins. */
static uint16_t decide_verb(tagstate *s, size_t i)
{
    size_t before = i;
    while (before > 0 && (s->w[before - 1].tag == DY_LQUOTE || s->w[before - 1].tag == DY_RQUOTE))
        before--;   /* the "correct direction": the quote is transparent */
    vctx c = {i, before ? s->w[before - 1].tag : 0, 0, 0, 0, 0};
    c.pa = prev_non_adverb(s, i, &c.pa_at);
    c.pflags = c.pa ? flags_of(&s->w[c.pa_at]) : 0;
    if (c.pa == DY_VBZ && word_is(&s->w[c.pa_at], "'S"))
        c.pflags |= DY_LEX_BE;
    c.aux_before = c.pa && is_verb_tag(c.pa);
    uint16_t t;
    if ((t = verb_after_auxiliary(s, &c)) || (t = verb_as_adjective(s, &c)) ||
        (t = verb_after_be(s, &c)) || (t = verb_in_noun_phrase(s, &c)) ||
        (t = verb_after_main_verb(s, &c)))
        return t;
    return verb_by_clause(s, &c);
}

/* ---- other ambiguities ------------------------------------------------------ */

static uint16_t decide_that(tagstate *s, size_t i)
{
    int p = i ? s->w[i - 1].tag : 0;
    const dy_tword *next = i + 1 < s->n ? &s->w[i + 1] : NULL;
    int next_verb = next && (has(next, FINITE) || next->tag == DY_RB) && !has(next, T(DT));
    if (next_verb && has(next, DY_TAGS_NOUN) && i + 2 < s->n && likely_finite_verb(&s->w[i + 2]))
        next_verb = 0;                     /* told Reuters that soldiers opened fire */
    if (!next_verb && is_noun_tag(p) && next && has(next, DY_TAGS_NOUN) && i + 3 < s->n &&
        (s->w[i + 2].lex.flags & DY_LEX_SAY) && has(&s->w[i + 3], FINITE) &&
        !has(&s->w[i + 3], DY_TAGS_NOUN | T(DT)))
        return DY_WDT;                     /* a move that analysts said could deepen */
    int name_then_verb = next && (next->shape & DY_TW_CAP) && has(next, T(NNP)) &&
                         i + 2 < s->n && has(&s->w[i + 2], FINITE) &&
                         !has(&s->w[i + 2], DY_TAGS_NOUN);   /* but that Ukraine must */
    if ((p == 0 || p == DY_IN || p == DY_COMMA || p == DY_CC || (s->w[i].shape & DY_TW_INITIAL)) &&
        !(p == DY_CC && name_then_verb)) {
        if (next && has(next, DY_TAGS_NOUN | T(JJ)) && !has(next, T(PRP)))
            return DY_DT;
    }
    if (is_noun_tag(p) && (s->w[i - 1].lex.flags & DY_LEX_TIME) && next && starts_np(next))
        return DY_IN;                      /* said last week that armed men ... */
    if (is_noun_tag(p) && next_verb)
        return DY_WDT;
    return DY_IN;
}

static uint16_t decide_particle(tagstate *s, size_t i)
{
    dy_tword *w = &s->w[i];
    size_t pa_at = 0;
    int pa = prev_non_adverb(s, i, &pa_at);
    const dy_tword *next = i + 1 < s->n ? &s->w[i + 1] : NULL;
    int np_next = starts_np_at(s, i + 1);
    if (word_is(w, "ABOUT") && next && has(next, T(CD)))
        return DY_RB;
    if (word_is(w, "SO") && next && has(next, DY_TAGS_ADV) && !has(next, T(DT)))
        return DY_RB;                      /* has so far refused */
    if (next && next->cand == T(TO))
        return FIRST_OF(w, DY_IN, DY_RB);   /* about to, close to */
    if (is_verb_tag(pa) && has(w, T(RP))) {
        const dy_tword *v = &s->w[pa_at];
        const char *lemma = dy_tword_lemma(v);
        int true_particle = !word_is(w, "ON") && !word_is(w, "IN") && !word_is(w, "THROUGH") &&
                            !word_is(w, "ALONG") && !word_is(w, "ABOUT") && !word_is(w, "OVER");
        if ((true_particle && lemma && dy_lex_phrasal(lemma, w->leaf->upper)) || !np_next)
            return DY_RP;
    }
    if (np_next || (next && has(next, T(VBG) | T(WP) | T(WDT) | T(WRB))) || !has(w, T(RB) | T(RP)))
        return FIRST_OF(w, DY_IN, DY_RP, DY_RB);   /* over what it called ... */
    return FIRST_OF(w, DY_RB, DY_RP, DY_IN);
}

/* Capitalised adjectives and sentence-initial words that may be names. */
static uint16_t decide_name(tagstate *s, size_t i)
{
    dy_tword *w = &s->w[i];
    const dy_tword *next = i + 1 < s->n ? &s->w[i + 1] : NULL;
    int name_next = next && (next->shape & DY_TW_CAP) && !(next->shape & DY_TW_INITIAL) &&
                    has(next, T(NNP));
    if (name_next)
        return DY_NNP;
    if ((w->shape & DY_TW_UNKNOWN) || w->cand == T(NNP))
        return DY_NNP;
    if (!(w->shape & DY_TW_INITIAL)) {
        if (i > 0 && s->w[i - 1].tag == DY_NNP && (s->w[i - 1].shape & DY_TW_CAP))
            return DY_NNP;   /* the second word of a name: European Union */
        /* Russian police, but European Union and Union (EU) */
        int lower_noun = next && !(next->shape & (DY_TW_CAP | DY_TW_PUNCT)) &&
                         has(next, DY_TAGS_NOUN | DY_TAGS_ADJ) &&
                         !(has(next, T(VBD)) && likely_finite_verb(next));   /* the North accused */
        if (next && next->cand == T(CC) && i + 3 < s->n && (s->w[i + 2].cand & T(JJ)) &&
            (s->w[i + 2].shape & DY_TW_CAP) && !(s->w[i + 3].shape & (DY_TW_CAP | DY_TW_PUNCT)) &&
            has(&s->w[i + 3], DY_TAGS_NOUN))
            lower_noun = 1;                /* Chinese and Russian warships */
        return (w->cand & T(JJ)) && lower_noun ? DY_JJ : DY_NNP;
    }
    /* a bare singular noun opening the sentence as its subject is a name */
    int bare_subject = next && (((has(next, FINITE | T(CC) | T(COMMA)) || word_is(next, "'S")) &&
                                 !has(next, DY_TAGS_NOUN | DY_TAGS_ADJ)) ||
                                has(next, T(MD)));   /* China will */
    if (bare_subject && has(w, T(NN)))
        return DY_NNP;
    /* a name WordNet knows, before a verb: China accused, Turkey pledged */
    if ((w->lex.flags & DY_LEX_PROPER) && likely_finite_verb(next))
        return DY_NNP;
    /* a word the sense-tagged corpus never saw, capitalised before a verb: a name */
    const uint16_t *c = w->lex.count;
    int rare = c[0] + c[1] + c[2] + c[3] == 0 && !has(w, T(NNS) | T(VBD) | T(VBG) | T(VBZ));
    if (rare && next && has(next, DY_TAGS_VERB | T(MD)) && !(next->shape & DY_TW_CAP))
        return DY_NNP;
    w->cand &= ~T(NNP);
    return w->cand ? 0 : DY_NNP;
}

/* Adjective, noun or adverb: by position. */
static uint16_t decide_adjective(tagstate *s, size_t i)
{
    dy_tword *w = &s->w[i];
    int p = i ? s->w[i - 1].tag : 0;
    const dy_tword *next = i + 1 < s->n ? &s->w[i + 1] : NULL;
    if (has(w, T(RB)) && (p == DY_MD || p == DY_TO) && next && has(next, T(VB)))
        return DY_RB;                      /* must first crack down */
    uint16_t adj = prenominal_adjective(s, i);
    if (adj)
        return adj;
    if (has(w, T(JJ)) && adjective_inserted_after(s, i))
        return DY_JJ;                      /* an old, albeit recalcitrant, ally */
    int nominal = nominal_next(s, i);
    int determined = p == DY_DT || p == DY_PRPS || p == DY_POS || is_adj_tag(p) || p == DY_CD;
    if (has(w, T(JJ)) && next && next->cand == T(TO) && predicate_of_be(s, i))
        return DY_JJ;                      /* are due to meet, is likely to */
    if (has(w, DY_TAGS_ADV) && !determined)
        return FIRST_OF(w, DY_RB, DY_RBR, DY_RBS);
    int complement = next && has(next, T(IN) | T(TO));   /* officials close to the talks */
    if (nominal || determined || (is_noun_tag(p) && !complement)) {
        uint16_t t = noun_reading(w);   /* the army chief pledged */
        if (t)
            return t;
    }
    if (is_verb_tag(p) && (p != DY_VBN || has(w, DY_TAGS_ADJ))) {
        uint16_t t = FIRST_OF(w, DY_JJ, DY_NN, DY_NNS);
        if (t)
            return t;
    }
    return 0;
}

static uint16_t decide_quote(tagstate *s, size_t i)
{
    const dy_tword *w = &s->w[i];
    const unsigned char *t = (const unsigned char *)w->leaf->text;
    if (w->leaf->len == 3 && t[0] == 0xE2 && t[1] == 0x80)
        return t[2] == 0x9C || t[2] == 0x98 ? DY_LQUOTE : DY_RQUOTE;
    if (word_is(w, "'") && i > 0 && is_noun_tag(s->w[i - 1].tag)) {
        const dy_leaf *prev = s->w[i - 1].leaf;
        int adjacent = prev->end < 0 || prev->end == w->leaf->start;
        if (adjacent && prev->ulen && prev->upper[prev->ulen - 1] == 'S')
            return DY_POS;
    }
    if (i == 0)
        return DY_LQUOTE;
    const dy_leaf *prev = s->w[i - 1].leaf;
    if (prev->end >= 0 && w->leaf->start >= 0)
        return prev->end == w->leaf->start ? DY_RQUOTE : DY_LQUOTE;
    int open = 0;
    for (size_t k = 0; k < i; k++)
        if (s->w[k].tag == DY_LQUOTE)
            open++;
        else if (s->w[k].tag == DY_RQUOTE)
            open--;
    return open > 0 ? DY_RQUOTE : DY_LQUOTE;
}

/*
 * "each", "both", "all" after a subject and before its verb ("the two
 * sides each signed", "they all agreed") modify the verb phrase.
 */
static int floating_quantifier(const tagstate *s, size_t i)
{
    const dy_tword *w = &s->w[i];
    if (!(word_is(w, "EACH") || word_is(w, "BOTH") || word_is(w, "ALL")) || i == 0 ||
        i + 1 >= s->n || !s->subject)
        return 0;
    int p = s->w[i - 1].tag;
    const dy_tword *next = &s->w[i + 1];
    int aux = p == DY_MD || (is_verb_tag(p) && (s->w[i - 1].lex.flags & DY_LEX_AUX));
    if (aux)   /* have each accused the other, will all attend */
        return has(next, T(VBN) | T(VBG) | T(VB)) && !has(next, T(DT)) &&
               (!has(next, DY_TAGS_NOUN) || has(next, T(VBN)));
    return !s->verb && (is_noun_tag(p) || p == DY_PRP) && has(next, FINITE) &&
           !has(next, T(DT)) &&
           (!has(next, DY_TAGS_NOUN) || likely_finite_verb(next) || has(next, T(MD)));
}

static uint16_t decide_closed(tagstate *s, size_t i)
{
    dy_tword *w = &s->w[i];
    const dy_tword *next = i + 1 < s->n ? &s->w[i + 1] : NULL;
    int p = i ? s->w[i - 1].tag : 0;
    if (word_is(w, "'S")) {
        if (p == DY_PRP || p == DY_EX || p == DY_WP || p == DY_WDT ||
            (i && word_is(&s->w[i - 1], "THAT")))
            return DY_VBZ;
        return i && word_is(&s->w[i - 1], "LET") ? DY_PRP : DY_POS;
    }
    if (word_is(w, "THAT"))
        return decide_that(s, i);
    if (floating_quantifier(s, i))
        return DY_RB;                      /* Russia and Ukraine each signed */
    if (word_is(w, "EACH"))
        return DY_DT;
    if (has(w, T(PDT)) && has(w, T(DT)))
        return next && has(next, T(DT) | T(PRPS)) ? DY_PDT : DY_DT;
    if (word_is(w, "HER"))
        return next && has(next, DY_TAGS_NOUN | DY_TAGS_ADJ | T(CD)) ? DY_PRPS : DY_PRP;
    if (has(w, T(EX)))
        return next && (flags_of(next) & DY_LEX_BE || has(next, T(MD))) ? DY_EX : DY_RB;
    if (has(w, T(MD)) && has(w, DY_TAGS_NOUN))
        return p == DY_DT || p == DY_PRPS || is_adj_tag(p) ? noun_reading(w) : DY_MD;
    if (has(w, T(JJR) | T(RBR)) && has(w, T(JJR)) && has(w, T(RBR))) {
        if (time_phrase_at(s, i + 1))
            return DY_RBR;                 /* earlier this month */
        int modifies = next && has(next, DY_TAGS_ADJ | DY_TAGS_ADV) && !has(next, DY_TAGS_NOUN);
        return modifies ? DY_RBR : DY_JJR;
    }
    if (has(w, T(JJS)) && has(w, T(RBS)))
        return next && has(next, DY_TAGS_ADJ | DY_TAGS_ADV) && !has(next, DY_TAGS_NOUN) ? DY_RBS : DY_JJS;
    if (has(w, T(IN)) && has(w, T(RP) | T(RB)))
        return decide_particle(s, i);
    return 0;
}

/* ---- the pass ----------------------------------------------------------------- */

/* A comma between the members of a list of nouns: "A, B and C", "A, B, C". */
static int list_comma(const tagstate *s, size_t i)
{
    if (i == 0 || !is_noun_tag(s->w[i - 1].tag))
        return 0;
    for (size_t j = i + 1; j < s->n && j < i + 8; j++) {
        const dy_tword *u = &s->w[j];
        if (u->cand == T(CC))
            return j > i + 1;
        if ((has(u, FINITE) && !has(u, DY_TAGS_NOUN)) || clause_break(u) ||
            !has(u, DY_TAGS_NOUN | DY_TAGS_ADJ | T(DT) | T(COMMA) | T(CD) | T(POS)))
            return 0;
    }
    return 0;
}

/* A comma: the end of a relative clause, a list comma, or a clause break. */
static void clause_comma(tagstate *s, size_t i)
{
    if (s->rel_open && s->verb) {
        /* ", who control the north," is over: back to the outer clause */
        s->rel_open = 0;
        s->subject = s->rel_subject;
        s->verb = s->rel_verb;
        s->cc_at = -1;
        s->in_pp = 0;
        return;
    }
    if (s->verb && list_comma(s, i))
        return;   /* discussed trade, security and climate change */
    s->verb_before_comma = s->verb;
    s->cc_at = -1;
    s->verb = s->in_pp = 0;
    s->pp_after_comma = 1;
}

/* Tokens that open a new clause: relative pronouns, subordinators, colons. */
static int clause_opening(tagstate *s, size_t i)
{
    dy_tword *w = &s->w[i];
    int t = w->tag;
    if ((t == DY_WDT || t == DY_WP) && s->subject && !s->verb && i > 0 &&
        is_noun_tag(s->w[i - 1].tag))
        s->outer_pending++;
    if ((t == DY_WDT || t == DY_WP) && i > 0 && s->w[i - 1].tag == DY_COMMA) {
        s->rel_open = 1;
        s->rel_subject = s->subject;
        s->rel_verb = s->verb_before_comma;
    }
    int p = i > 0 ? s->w[i - 1].tag : 0;
    int quoted_word = t == DY_LQUOTE && (p == DY_DT || p == DY_PRPS || p == DY_POS || p == DY_CD ||
                                         is_adj_tag(p));   /* the "correct direction" */
    if (t == DY_COLON || t == DY_LRB || t == DY_WDT || t == DY_WP || t == DY_WRB ||
        (t == DY_LQUOTE && !quoted_word) || (t == DY_IN && (flags_of(w) & DY_LEX_SUB))) {
        s->verb = s->subject = s->in_pp = 0;
        return 1;
    }
    return 0;
}

/*
 * "more than 200", "at least 30": the preposition is part of a number, so
 * what follows is no prepositional object (and may be the subject).
 */
static int quantity_word(const tagstate *s, size_t i)
{
    const dy_tword *w = &s->w[i];
    if (word_is(w, "THAN") && i > 0)
        return word_is(&s->w[i - 1], "MORE") || word_is(&s->w[i - 1], "LESS") ||
               word_is(&s->w[i - 1], "FEWER");
    return word_is(w, "AT") && i + 1 < s->n &&
           (word_is(&s->w[i + 1], "LEAST") || word_is(&s->w[i + 1], "MOST"));
}

/* Is the token at j "to", maybe after a short PP ("on Wednesday to")? */
static int to_follows(const tagstate *s, size_t j)
{
    if (j < s->n && preposition_only(&s->w[j])) {
        size_t k = j + 1;
        uint64_t np = T(DT) | T(CD) | DY_TAGS_NOUN | DY_TAGS_ADJ;
        while (k < s->n && k < j + 6 && (s->w[k].cand & np) && !(s->w[k].cand & T(TO)))
            k++;
        j = k;
    }
    return j < s->n && s->w[j].cand == T(TO);
}

/* After token i is tagged: what the current clause now has. */
static void update_clause(tagstate *s, size_t i)
{
    dy_tword *w = &s->w[i];
    int t = w->tag;
    if (t == DY_CC) {
        s->cc_at = (long)i;
        return;
    }
    if (t == DY_COMMA) {
        clause_comma(s, i);
        return;
    }
    if (clause_opening(s, i))
        return;
    if ((t == DY_IN || t == DY_TO) && !quantity_word(s, i)) {
        s->in_pp = 1 + (s->pp_after_comma && i > 0 && s->w[i - 1].tag == DY_COMMA);
        s->pp_after_comma = 0;
        return;
    }
    s->pp_after_comma = 0;
    int np_part = is_noun_tag(t) || is_adj_tag(t) || t == DY_DT || t == DY_CD || t == DY_PRPS ||
                  t == DY_POS || t == DY_PRP || is_adv_tag(t);
    if (!np_part)
        s->in_pp = 0;
    if (s->in_pp)
        return;
    if (t == DY_PRP && is_nominative(w)) {
        s->verb = 0;
        s->subject = 1;
    } else if (is_finite_tag(t)) {
        s->verb = 1;
        s->verb_tag = (uint16_t)t;
        /* a reported clause may follow; not "agreed (on Monday) to ..." */
        if ((flags_of(w) & DY_LEX_SAY) && !to_follows(s, i + 1))
            s->verb = s->subject = 0;
    } else if (is_noun_tag(t) || t == DY_PRP || t == DY_EX || t == DY_CD || t == DY_DT ||
               t == DY_PDT) {
        s->subject = 1;
    }
}

/* "Evil Mordor", "Chinese President": a capitalised first word before a name. */
static int opens_name(const tagstate *s, size_t i)
{
    const dy_tword *w = &s->w[i];
    if (!(w->shape & DY_TW_INITIAL) || !(w->shape & DY_TW_CAP) || (w->shape & DY_TW_NOCASE) ||
        (w->lex.flags & DY_LEX_FIXED) || i + 1 >= s->n)
        return 0;
    const dy_tword *next = &s->w[i + 1];
    return (next->shape & DY_TW_CAP) && !(next->shape & DY_TW_INITIAL) && has(next, T(NNP)) &&
           !(next->lex.flags & DY_LEX_FIXED);
}

/* "Mohammed bin Salman": a name particle between two capitalised names. */
static int inside_name(const tagstate *s, size_t i)
{
    if (!(s->w[i].lex.flags & DY_LEX_NAMEPART) || i == 0 || i + 1 >= s->n)
        return 0;
    const dy_tword *prev = &s->w[i - 1];
    if (prev->tag != DY_NNP || !(prev->shape & DY_TW_CAP || prev->lex.flags & DY_LEX_NAMEPART))
        return 0;
    size_t j = i + 1;
    while (j < s->n && j < i + 3 && (s->w[j].lex.flags & DY_LEX_NAMEPART) &&
           !(s->w[j].shape & DY_TW_CAP))
        j++;                               /* Ursula von der Leyen */
    return j < s->n && (s->w[j].shape & DY_TW_CAP) && has(&s->w[j], T(NNP));
}

static uint16_t decide(tagstate *s, size_t i)
{
    dy_tword *w = &s->w[i];
    if (opens_name(s, i) || inside_name(s, i))
        return DY_NNP;
    if (w->cand & (T(LQUOTE) | T(RQUOTE)) && !(w->cand & ~(T(LQUOTE) | T(RQUOTE))))
        return decide_quote(s, i);
    if ((w->cand & T(NNP)) && (w->cand & ~T(NNP))) {
        uint16_t t = decide_name(s, i);
        if (t || !(w->cand & (w->cand - 1)))
            return t ? t : dy_guess_best(w);
    }
    if (w->lex.flags & DY_LEX_FIXED || w->cand & (T(IN) | T(DT) | T(MD) | T(EX))) {
        uint16_t t = decide_closed(s, i);
        if (t)
            return t;
    }
    if (has(w, DY_TAGS_VERB)) {
        uint16_t t = decide_verb(s, i);
        if (t)
            return t;
    }
    if (has(w, DY_TAGS_ADJ | DY_TAGS_ADV) && has(w, DY_TAGS_NOUN | DY_TAGS_ADV | DY_TAGS_ADJ))
        return decide_adjective(s, i);
    return dy_guess_best(w);
}

/*
 * Tag the n tokens of one sentence: candidates (guess.c), then one choice
 * per token from its context. Afterwards w[i].tag is a dy_label tag.
 * cache (may be NULL) is the calling thread's lookup cache.
 */
void dy_tag_words(dy_tword *w, size_t n, dy_lexcache *cache)
{
    dy_guess_candidates(w, n, cache);
    for (size_t i = 0; i < n; i++)
        w[i].tag = dy_guess_best(&w[i]);
    tagstate s = {.w = w, .n = n, .cc_at = -1};
    for (size_t i = 0; i < n; i++) {
        if ((w[i].cand & (w[i].cand - 1)) || (w[i].lex.flags & DY_LEX_NAMEPART)) {
            uint16_t t = decide(&s, i);
            if (t && (w[i].cand & DY_TAGBIT(t)))
                w[i].tag = t;
            else if (t == DY_NNP || t == DY_POS || t == DY_NN || t == DY_RB)
                w[i].tag = t;
        }
        update_clause(&s, i);
    }
}

/*
 * The lemma of a tagged token: upper case, static or the token's own
 * upper form; NULL for unknown words, numbers and punctuation.
 */
const char *dy_tword_lemma(const dy_tword *w)
{
    if (w->shape & (DY_TW_UNKNOWN | DY_TW_PUNCT | DY_TW_NUMBER))
        return NULL;
    int cls = dy_lex_class_of_tag(w->tag);
    if (cls >= 0 && w->lex.lemma[cls])
        return w->lex.lemma[cls];
    if (w->tag == DY_VBZ && strcmp(w->leaf->upper, "'S") == 0)
        return "BE";
    return w->leaf->upper;
}
