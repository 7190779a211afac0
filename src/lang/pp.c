/*
 * pp.c — prepositional, adjective and adverb phrases (see parse.h).
 *
 *   (PP (IN with) (NP Gondor))
 *   (PP (IN after) (S (VP (VBG leaving) (NP Eriador))))
 *   (PP (IN because) (IN of) (NP the war))
 *   (PP (VBG according) (PP (TO to) (NP reports)))
 *   (ADJP (JJ worth) (NP 11.8 million ducats))
 *
 * A subordinating conjunction followed by a clause makes an SBAR instead
 * of a PP; parse_pp returns that when it finds one.
 */
#include "lang/parse.h"

/* Does a PP start at token i? */
int starts_pp(const parser *p, size_t i)
{
    int t = tag_at(p, i);
    return t == DY_IN || (t == DY_TO && !starts_verb_group(p, i)) ||
           (t == DY_VBG && (flags_at(p, i) & DY_LEX_PREPV));
}

/* Second words of two-word prepositions: because of, due to, out of. */
static int second_word(const parser *p, size_t i)
{
    if (!(tag_at(p, i + 1) == DY_IN || tag_at(p, i + 1) == DY_TO))
        return 0;
    static const char *const pairs[][2] = {
        {"BECAUSE", "OF"}, {"INSTEAD", "OF"}, {"OUT", "OF"}, {"AHEAD", "OF"}, {"REGARDLESS", "OF"},
        {"DUE", "TO"}, {"PRIOR", "TO"}, {"THANKS", "TO"}, {"UP", "TO"}, {"AS", "OF"},
        {"ALONG", "WITH"}, {"AWAY", "FROM"}, {"APART", "FROM"}, {"ASIDE", "FROM"}, {NULL, NULL}};
    for (int k = 0; pairs[k][0]; k++)
        if (word_at(p, i, pairs[k][0]) && word_at(p, i + 1, pairs[k][1]))
            return 1;
    return 0;
}

/* What follows the preposition: NP, clause, PP, adverb. */
static void pp_object(parser *p, int32_t pp, np_role role)
{
    size_t i = p->pos;
    int t = tag_at(p, i);
    if (t == DY_VBG && !(flags_at(p, i) & DY_LEX_PREPV) && !np_starts(p, i)) {
        pt_add(p, pp, pt_wrap(p, DY_S, parse_vp(p)));
    } else if (t == DY_WDT || t == DY_WP || t == DY_WRB ||
               (t == DY_IN && (word_at(p, i, "WHETHER") || word_at(p, i, "THAT")))) {
        pt_add(p, pp, parse_sbar(p));
    } else if (starts_pp(p, i) && !np_starts(p, i)) {
        pt_add(p, pp, parse_pp(p, role));
    } else if (np_starts(p, i)) {
        int32_t np = parse_np(p, role == NP_SUBJ ? NP_SUBJ : NP_POBJ);
        pt_add(p, pp, measure_phrase(p, np));
    } else if (is_adverb(t)) {
        pt_add(p, pp, parse_advp(p));
    }
}

/*
 * A PP at the current token (or the SBAR of a subordinating conjunction
 * with its clause); -1 if none starts here.
 */
int32_t parse_pp(parser *p, np_role role)
{
    size_t i = p->pos;
    if (!starts_pp(p, i) || PT_GIVE_UP(p)) {
        if (starts_pp(p, i))
            p->depth--;
        return -1;
    }
    int32_t result;
    if ((flags_at(p, i) & DY_LEX_SUB) && tag_at(p, i) == DY_IN && clause_starts(p, i + 1)) {
        result = parse_sbar(p);
    } else {
        result = pt_wrap(p, DY_PP, pt_take(p));
        if (second_word(p, i))
            pt_add(p, result, pt_take(p));
        pp_object(p, result, role);
    }
    p->depth--;
    return result;
}

/* Adverbs in a row: (ADVP (RBS most) (RB certainly)); "earlier by X" keeps its PP. */
int32_t parse_advp(parser *p)
{
    int32_t advp = pt_wrap(p, DY_ADVP, pt_take(p));
    while (is_adverb(tag_at(p, p->pos)) && !(flags_at(p, p->pos) & DY_LEX_NEG))
        pt_add(p, advp, pt_take(p));
    return advp;
}

/* An adjective phrase: (RB) JJ, with a PP, NP (worth) or to-infinitive after it. */
int32_t parse_adjp(parser *p)
{
    int32_t adjp = pt_phrase(p, DY_ADJP);
    while (is_adverb(tag_at(p, p->pos)))
        pt_add(p, adjp, pt_take(p));
    size_t head = p->pos;
    if (is_adjective(tag_at(p, head)) || tag_at(p, head) == DY_VBN)
        pt_add(p, adjp, pt_take(p));
    for (;;) {   /* outrageous and legally void */
        size_t j = p->pos + 1;
        while (is_adverb(tag_at(p, j)))
            j++;
        if (tag_at(p, p->pos) != DY_CC || !is_adjective(tag_at(p, j)))
            break;
        pt_add(p, adjp, pt_take(p));
        while (p->pos < j)
            pt_add(p, adjp, pt_take(p));
        pt_add(p, adjp, pt_take(p));
    }
    int t = tag_at(p, p->pos);
    if (word_at(p, head, "WORTH") && np_starts(p, p->pos))
        pt_add(p, adjp, parse_np(p, NP_POBJ));
    else if (t == DY_TO && starts_verb_group(p, p->pos))
        pt_add(p, adjp, pt_wrap(p, DY_S, parse_vp(p)));
    else if ((t == DY_IN || t == DY_TO) && np_starts(p, p->pos + 1) && !word_at(p, p->pos, "THAN"))
        pt_add(p, adjp, parse_pp(p, NP_POBJ));
    return adjp;
}
