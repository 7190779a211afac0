/*
 * vp.c — verb phrases (see parse.h).
 *
 * Penn Treebank nests a verb group one VP per verb, so that every VP
 * starts with its verb, which is what the coder looks for:
 *
 *   will not visit X      (VP (MD will) (RB not) (VP (VB visit) (NP X)))
 *   was attacked by X     (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP X))))
 *   to restore ties       (VP (TO to) (VP (VB restore) (NP ties)))
 *
 * The last verb takes the complements: particle, objects, PPs, adverbs,
 * to-infinitives, that-clauses and bare clauses after verbs of saying,
 * participial clauses, and a few comma-separated tails (", killing ...").
 * Verb phrases joined by a conjunction are joined at the level where the
 * two verbs have the same form.
 */
#include "lang/parse.h"

/* Does a verb group (verb, modal, or to + verb) start at token i? */
int starts_verb_group(const parser *p, size_t i)
{
    int t = tag_at(p, i);
    if (t == DY_MD || is_verb(t))
        return 1;
    if (t == DY_TO) {
        size_t j = i + 1;
        while (is_adverb(tag_at(p, j)))
            j++;
        return tag_at(p, j) == DY_VB;
    }
    return 0;
}

/* Negation is a bare RB in the verb group; other adverbs are ADVPs. */
static void group_adverbs(parser *p, int32_t vp)
{
    for (;;) {
        size_t j = p->pos;
        int quoted = tag_at(p, j) == DY_LQUOTE;   /* would "resolutely" defend */
        j += quoted;
        if (!is_adverb(tag_at(p, j)))
            return;
        while (is_adverb(tag_at(p, j)))
            j++;
        if (quoted && tag_at(p, j++) != DY_RQUOTE)
            return;
        if (!starts_verb_group(p, j))
            return;
        if (quoted)
            pt_add(p, vp, pt_take(p));
        if (flags_at(p, p->pos) & DY_LEX_NEG)
            pt_add(p, vp, pt_take(p));
        else
            pt_add(p, vp, parse_advp(p));
        if (quoted)
            pt_add(p, vp, pt_take(p));
    }
}

/* An auxiliary (be, have, do) followed, past adverbs, by a verb. */
static int is_auxiliary(const parser *p, size_t i)
{
    if (!is_verb(tag_at(p, i)) || !(flags_at(p, i) & (DY_LEX_BE | DY_LEX_HAVE | DY_LEX_DO)))
        return 0;
    size_t j = i + 1;
    while (is_adverb(tag_at(p, j)))
        j++;
    int t = tag_at(p, j);
    if (flags_at(p, i) & DY_LEX_DO)
        return t == DY_VB || t == DY_VBP;
    if (flags_at(p, i) & DY_LEX_HAVE)
        return t == DY_VBN || t == DY_VBD;
    return t == DY_VBN || t == DY_VBG || t == DY_VBD;
}

/* ", it seems ,": a short parenthetical clause. */
static int32_t parenthetical(parser *p)
{
    size_t i = p->pos;
    if (tag_at(p, i) != DY_COMMA || tag_at(p, i + 1) != DY_PRP || !is_finite(tag_at(p, i + 2)) ||
        tag_at(p, i + 3) != DY_COMMA)
        return -1;
    int32_t prn = pt_wrap(p, DY_PRN, pt_take(p));
    int32_t np = pt_wrap(p, DY_NP, pt_take(p));
    int32_t vp = pt_wrap(p, DY_VP, pt_take(p));
    pt_add(p, prn, pt_pair(p, DY_S, np, vp));
    pt_add(p, prn, pt_take(p));
    return prn;
}

/* A PP after a comma that ends at a comma or the end of the sentence:
 * added (with its comma) to vp, or nothing is consumed. */
static int comma_pp(parser *p, int32_t vp)
{
    size_t save = p->pos, mark = p->nnode;
    int32_t comma = pt_take(p);
    int32_t pp = parse_pp(p, NP_POBJ);
    int t = tag_at(p, p->pos);
    if (pp >= 0 && (at_end(p, p->pos) || (t == DY_COMMA && !clause_starts(p, p->pos + 1)))) {
        pt_add(p, vp, comma);
        pt_add(p, vp, pp);
        return 1;
    }
    p->pos = save;
    p->nnode = mark;
    return 0;
}

/* ", almost five years after crowds burned ..., ": a measure phrase or
 * adverb set off by commas; added to vp, or nothing is consumed. */
static int comma_adverbial(parser *p, int32_t vp)
{
    size_t save = p->pos, mark = p->nnode;
    int32_t comma = pt_take(p);
    int32_t phrase;
    if (np_starts(p, p->pos))
        phrase = measure_phrase(p, parse_np(p, NP_MEMBER));
    else
        phrase = parse_advp(p);
    int t = tag_at(p, p->pos);
    int label = phrase >= 0 ? p->node[phrase].label : DY_NONE;
    if ((label == DY_SBAR || label == DY_PP || label == DY_ADVP) &&
        (at_end(p, p->pos) || t == DY_COMMA)) {
        pt_add(p, vp, comma);
        pt_add(p, vp, phrase);
        return 1;
    }
    p->pos = save;
    p->nnode = mark;
    return 0;
}

/*
 * What may follow the verb's complements after a comma and stay in its
 * VP: a participle (", killing five"), a PP like "according to", a
 * subordinate clause, a parenthetical. Adds comma and phrase to vp and
 * returns 1, or returns 0 (the comma is left for the clause above).
 */
static int comma_tail(parser *p, int32_t vp)
{
    size_t i = p->pos;
    int32_t prn = parenthetical(p);
    if (prn >= 0) {
        pt_add(p, vp, prn);
        return 1;
    }
    if (at_end(p, i + 1) || clause_starts(p, i + 1))
        return 0;
    int t = tag_at(p, i + 1);
    uint32_t f = flags_at(p, i + 1);
    int32_t phrase = -1;
    if (t == DY_VBG && (f & DY_LEX_PREPV)) {
        pt_add(p, vp, pt_take(p));
        phrase = parse_pp(p, NP_POBJ);
    } else if (t == DY_VBG || (t == DY_VBN && tag_at(p, i + 2) == DY_IN)) {
        pt_add(p, vp, pt_take(p));
        phrase = pt_wrap(p, DY_S, parse_vp(p));
    } else if ((t == DY_IN && (f & DY_LEX_SUB) && clause_starts(p, i + 2)) || t == DY_WRB) {
        pt_add(p, vp, pt_take(p));
        phrase = parse_sbar(p);
    } else if (t == DY_IN || t == DY_TO) {
        return comma_pp(p, vp);
    } else if (is_adverb(t) || np_starts(p, i + 1)) {
        return comma_adverbial(p, vp);
    }
    if (phrase < 0)
        return 0;
    pt_add(p, vp, phrase);
    return 1;
}

/* "is about to", a form of BE with "about" and a to-infinitive. */
static int32_t about_to(parser *p)
{
    int32_t adjp = pt_wrap(p, DY_ADJP, pt_take(p));
    pt_add(p, adjp, pt_wrap(p, DY_S, parse_vp(p)));
    return adjp;
}

/* An object NP, or NP + to-infinitive after verbs like urge, or "five years after ...". */
static int32_t object(parser *p, uint32_t vflags)
{
    int32_t np = parse_np(p, (vflags & (DY_LEX_BE | DY_LEX_COP)) ? NP_PRED : NP_OBJ);
    if (np < 0)
        return -1;
    np = measure_phrase(p, mark_time_np(p, np));
    if ((vflags & DY_LEX_CTL) && p->node[np].label == DY_NP) {
        /* urged Gondor to withdraw, warned Gondor not to interfere */
        size_t at = p->pos;
        int neg = (flags_at(p, at) & DY_LEX_NEG) && tag_at(p, at + 1) == DY_TO;
        if (starts_verb_group(p, at + neg) && tag_at(p, at + neg) == DY_TO) {
            int32_t s = pt_wrap(p, DY_S, np);
            if (neg)
                pt_add(p, s, pt_take(p));
            pt_add(p, s, parse_vp(p));
            np = s;
        }
    }
    return np;
}

/* One complement of the verb at the current token, or -1 if none. */
static int32_t complement(parser *p, uint32_t vflags)
{
    size_t i = p->pos;
    int t = tag_at(p, i);
    uint32_t f = flags_at(p, i);
    if (t == DY_RP)
        return pt_wrap(p, DY_PRT, pt_take(p));
    if (t == DY_LQUOTE || t == DY_RQUOTE)
        return pt_take(p);
    if (t == DY_TO)
        return starts_verb_group(p, i) ? pt_wrap(p, DY_S, parse_vp(p)) : parse_pp(p, NP_POBJ);
    if (quantity_prefix(p, i) && !((vflags & DY_LEX_SAY) && clause_starts(p, i)))
        return object(p, vflags);   /* killed at least 14 people */
    if (t == DY_IN) {
        if ((vflags & DY_LEX_BE) && word_at(p, i, "ABOUT") && tag_at(p, i + 1) == DY_TO)
            return about_to(p);
        if (word_at(p, i, "THAT") || word_at(p, i, "WHETHER") ||
            ((f & DY_LEX_SUB) && clause_starts(p, i + 1)))
            return parse_sbar(p);
        return parse_pp(p, NP_POBJ);
    }
    if (t == DY_VBG && (f & DY_LEX_PREPV))
        return parse_pp(p, NP_POBJ);
    if ((vflags & DY_LEX_SAY) && clause_starts(p, i))
        return pt_wrap(p, DY_SBAR, parse_clause(p));
    if ((vflags & DY_LEX_SAY) && (t == DY_MD || is_finite(t)) && i > 0 &&
        is_finite(tag_at(p, i - 1)) && (flags_at(p, i - 1) & DY_LEX_SAY)) {
        /* "a move that analysts said could deepen": the reported clause's
           subject is the relative pronoun */
        int32_t s = pt_wrap(p, DY_S, parse_vp(p));
        return pt_wrap(p, DY_SBAR, s);
    }
    if (np_starts(p, i)) {
        int32_t np = object(p, vflags);
        if (np >= 0)
            return np;
    }
    if (is_adverb(t) && is_adjective(tag_at(p, i + 1)) && !np_starts(p, i))
        return parse_adjp(p);
    if (is_adverb(t))
        return parse_advp(p);
    if (t == DY_VBG || t == DY_VBN || t == DY_VB)
        return pt_wrap(p, DY_S, parse_vp(p));   /* help restart the talks */
    if (is_adjective(t))
        return parse_adjp(p);
    if (t == DY_WDT || t == DY_WP || t == DY_WRB || t == DY_WPS)
        return parse_sbar(p);
    return -1;
}

static void complements(parser *p, int32_t vp, size_t verb)
{
    uint32_t vflags = flags_at(p, verb);
    while (p->pos < p->n) {
        size_t at = p->pos;
        if (tag_at(p, at) == DY_COMMA) {
            if (!comma_tail(p, vp))
                break;
            continue;
        }
        if (tag_at(p, at) == DY_COLON && (vflags & DY_LEX_SAY) && !at_end(p, at + 1)) {
            pt_add(p, vp, pt_take(p));   /* said: "..." */
            continue;
        }
        int32_t c = complement(p, vflags);
        if (c < 0 || p->pos == at) {
            p->pos = at;
            break;
        }
        pt_add(p, vp, c);
    }
}

/* Join "VP and VP" when the second verb has the same form as head. */
static int32_t coordinate(parser *p, int32_t vp, int head)
{
    size_t i = p->pos;
    size_t j = i + (tag_at(p, i) == DY_COMMA);
    if (tag_at(p, j) != DY_CC)
        return vp;
    size_t k = j + 1;
    while (is_adverb(tag_at(p, k)))
        k++;
    int t = tag_at(p, k);
    int same = t == head || (is_finite(head) && is_finite(t));
    if (!same || clause_starts(p, j + 1))
        return vp;
    int32_t coord = pt_wrap(p, DY_VP, vp);
    while (p->pos < j)
        pt_add(p, coord, pt_take(p));
    pt_add(p, coord, pt_take(p));
    while (p->pos < k)
        pt_add(p, coord, parse_advp(p));
    pt_add(p, coord, parse_vp(p));
    return coord;
}

/*
 * A verb phrase starting at the current token (a verb, modal or "to").
 * Returns -1 if there is none.
 */
int32_t parse_vp(parser *p)
{
    if (!starts_verb_group(p, p->pos) || PT_GIVE_UP(p)) {
        if (starts_verb_group(p, p->pos))
            p->depth--;
        return -1;
    }
    size_t head_at = p->pos;
    int head = tag_at(p, head_at);
    int in_of = p->in_of;
    p->in_of = 0;   /* "of prisoners held in Evin, a prison": the verb's own phrases */
    int32_t vp = pt_wrap(p, DY_VP, pt_take(p));
    if (head == DY_MD || head == DY_TO || is_auxiliary(p, head_at)) {
        group_adverbs(p, vp);
        if (starts_verb_group(p, p->pos))
            pt_add(p, vp, parse_vp(p));
        else
            complements(p, vp, head_at);
    } else {
        complements(p, vp, head_at);
    }
    vp = coordinate(p, vp, head);
    p->in_of = in_of;
    p->depth--;
    return vp;
}
