/*
 * eventref.c — event references inside a story (see eventref.h).
 *
 * News reports an event, then names it again by a noun: "The United
 * States had accused Pyongyang of exceeding the cap ... The Chinese
 * foreign ministry rejected the accusation"; "Russian forces attacked ...
 * The European Union condemned the attack"; "Biden and Putin met in Geneva
 * ... Putin called the talks constructive". Read alone, the second
 * sentence has no target: the accusation is nobody. Read in the story, the
 * accusation is the accuser's act, and rejecting it is done to the
 * accuser; condemning the attack is done to the attacker; praising talks
 * is done to their parties (the speaker among them drops out, as a source
 * is never its own target).
 *
 * A phrase is taken for such a reference only when all of this holds:
 *   - it is a noun phrase that names no actor or agent itself, headed by
 *     an event noun of the table below, after a definite determiner ("the
 *     attack", "the recent air strikes", "this decision"), with no name or
 *     possessive in it ("Hamas attack", "its decision" have an actor of
 *     their own, known or not);
 *   - it is an object, or the object of a preposition that is not one of
 *     place, time or topic, inside a verb phrase: "after the attack" and
 *     "during the talks" say when, and a subject ("The attack killed ...")
 *     is left alone;
 *   - the story's events of the last DY_EVENTREF_WINDOW sentences include
 *     at least one of the noun's codes, and every such event has the same
 *     actors. Two accusations by different accusers, or an accusation too
 *     far back, leave the phrase uncoded.
 * The actors are the events' sources (for an act of two parties, "the
 * talks", "the agreement", their sources and targets); an event whose
 * pair with the same code was coded too ("clashed": both attacked) has no
 * one attacker, so a one-sided noun gives up on it.
 *
 * Nouns of measures ("the sanctions", "the tariffs") are left out on
 * purpose: their commonest verbs (lift, ease, end) are done by the
 * measure's own author to its target, so the author is no target there.
 */
#include "lang/tree.h"
#include "code/eventref.h"

#include <string.h>

/* What an event noun can refer to. */
typedef struct noun_kind {
    const char *const *nouns;  /* upper case, singular and plural; NULL-ended */
    const char *const *codes;  /* CAMEO code prefixes of the events it names */
    int mutual;                /* an act of two parties: all of them are its actors */
} noun_kind;

#define LIST(...) ((const char *const[]){__VA_ARGS__, NULL})

static const noun_kind kinds[] = {
    {LIST("ACCUSATION", "ACCUSATIONS", "ALLEGATION", "ALLEGATIONS"), LIST("112"), 0},
    {LIST("CRITICISM", "CONDEMNATION", "REBUKE", "DENUNCIATION"), LIST("110", "111"), 0},
    {LIST("ATTACK", "ATTACKS", "STRIKE", "STRIKES", "AIRSTRIKE", "AIRSTRIKES", "RAID", "RAIDS",
          "ASSAULT", "BOMBING", "BOMBINGS", "SHELLING", "BOMBARDMENT", "OFFENSIVE", "INVASION",
          "INCURSION", "AMBUSH", "KILLING", "KILLINGS"),
     LIST("18", "19", "20"), 0},
    {LIST("THREAT", "THREATS", "WARNING", "ULTIMATUM"), LIST("13"), 0},
    {LIST("OFFER", "PROPOSAL", "PLEDGE", "PROMISE"), LIST("03"), 0},
    {LIST("DEMAND", "DEMANDS"), LIST("10"), 0},
    {LIST("APPEAL", "REQUEST", "PLEA"), LIST("02"), 0},
    {LIST("VISIT", "TRIP"), LIST("042"), 0},
    {LIST("ARREST", "ARRESTS", "DETENTION", "DETENTIONS"), LIST("173"), 0},
    {LIST("EXPULSION", "EXPULSIONS"), LIST("161", "166", "174"), 0},
    {LIST("MOVE", "DECISION"),
     LIST("03", "06", "07", "08", "09", "12", "13", "14", "15", "16", "17", "18", "19", "20"), 0},
    {LIST("TALKS", "MEETING", "SUMMIT", "NEGOTIATIONS", "CONSULTATIONS"),
     LIST("040", "044", "046"), 1},
    {LIST("AGREEMENT", "DEAL", "ACCORD", "TREATY", "PACT"), LIST("057"), 1},
    {LIST("CEASEFIRE", "TRUCE"), LIST("0871", "057"), 1},
};

static int in(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

static int has_prefix(const char *code, const char *const *prefixes)
{
    for (; *prefixes; prefixes++)
        if (strncmp(code, *prefixes, strlen(*prefixes)) == 0)
            return 1;
    return 0;
}

static const dy_node *N(const dy_sent *s, int32_t i)
{
    return &s->t->node[i];
}

/*
 * The kind of event noun NE e is ("the accusation"), or NULL. Its head is
 * the last word of the phrase, or of its first part when a PP or clause
 * follows ("the attack on the embassy"); before it there may be only
 * modifiers that name nobody.
 */
static const noun_kind *event_noun(const dy_sent *s, const dy_ne *e)
{
    static const char *const definite[] = {"THE", "THIS", "THAT", "THESE", "THOSE", NULL};
    if (e->node < 0 || e->nmember > 0 || e->ncode > 0 || e->actor_leaf >= 0 || e->reference)
        return NULL;
    int32_t head_np = e->node;
    if (N(s, head_np)->child >= 0 && N(s, N(s, head_np)->child)->label == DY_NP)
        head_np = N(s, head_np)->child;
    int32_t first = N(s, head_np)->first, head = N(s, head_np)->last - 1;
    if (head <= first || !in(s->t->leaf[first].upper, definite))
        return NULL;
    int tag = s->t->leaf[head].tag;
    if (tag != DY_NN && tag != DY_NNS)
        return NULL;
    for (int32_t i = first + 1; i < head; i++) {
        int t = s->t->leaf[i].tag;
        if (t != DY_JJ && t != DY_JJR && t != DY_JJS && t != DY_NN && t != DY_NNS &&
            t != DY_VBN && t != DY_VBG && t != DY_CD && t != DY_RB && t != DY_HYPH)
            return NULL;
    }
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (in(s->t->leaf[head].upper, kinds[k].nouns))
            return &kinds[k];
    return NULL;
}

/*
 * Is NP node n an object inside a verb phrase: reached from a VP through
 * noun phrases and prepositional phrases whose prepositions are not of
 * place, time or topic ("rejected the accusation", "walked out of the
 * talks"; not "after the attack", not a subject)?
 */
static int object_position(const dy_sent *s, int32_t n)
{
    for (int32_t p = N(s, n)->parent; p >= 0; p = N(s, p)->parent) {
        int l = N(s, p)->label;
        if (l == DY_VP)
            return 1;
        if (l == DY_PP && dy_sent_prep_is_weak(dy_sent_pp_prep(s, p)))
            return 0;
        if (l != DY_NP && l != DY_PP)
            return 0;
    }
    return 0;
}

/* A set of actor codes (the actors of one act). */
typedef struct actors {
    const char *code[DY_NE_MAX_CODES];
    int n;
    int overflow;
} actors;

static void add_actor(actors *a, const char *code)
{
    if (!code || strncmp(code, "---", 3) == 0)
        return;
    for (int i = 0; i < a->n; i++)
        if (strcmp(a->code[i], code) == 0)
            return;
    if (a->n < DY_NE_MAX_CODES)
        a->code[a->n++] = code;
    else
        a->overflow = 1;
}

static int same_actors(const actors *a, const actors *b)
{
    if (a->n != b->n)
        return 0;
    for (int i = 0; i < a->n; i++) {
        int found = 0;
        for (int j = 0; j < b->n && !found; j++)
            found = strcmp(a->code[i], b->code[j]) == 0;
        if (!found)
            return 0;
    }
    return 1;
}

/* Is event j one act (same sentence and verb) with event i? */
static int same_act(const dy_event *i, const dy_event *j)
{
    return i->sentence == j->sentence && i->verb_span.start == j->verb_span.start &&
           i->verb_span.end == j->verb_span.end;
}

/*
 * The actors of act `at` (the events of ev sharing its sentence and verb)
 * for noun kind k; 0 if the act has no one actor for a one-sided noun (a
 * mutual code was coded both ways).
 */
static int act_actors(const noun_kind *k, const dy_event *ev, size_t nev, size_t at, actors *out)
{
    memset(out, 0, sizeof *out);
    for (size_t j = 0; j < nev; j++) {
        const dy_event *e = &ev[j];
        if (!same_act(&ev[at], e) || !has_prefix(e->code, k->codes))
            continue;
        if (k->mutual) {
            add_actor(out, e->source);
            add_actor(out, e->target);
        } else if (e->flags & DY_EVENT_PAIRED) {
            return 0;
        } else {
            add_actor(out, e->source);
        }
    }
    return out->n > 0 && !out->overflow;
}

/*
 * The actors the one matching act of the window stands for, in *out; 0 if
 * no event matches, or matching acts have different actors.
 */
static int referent(const noun_kind *k, int sentence, const dy_event *ev, size_t nev,
                    actors *out)
{
    int found = 0;
    for (size_t i = 0; i < nev; i++) {
        const dy_event *e = &ev[i];
        if (e->sentence >= sentence || e->sentence < sentence - DY_EVENTREF_WINDOW ||
            !has_prefix(e->code, k->codes))
            continue;
        actors a = {{NULL}, 0, 0};
        if (!act_actors(k, ev, nev, i, &a))
            return 0;
        if (found && !same_actors(&a, out))
            return 0;
        *out = a;
        found = 1;
    }
    return found;
}

/*
 * Give the event references of sentence s (number `sentence` of the
 * story) the actors of the events they name, from ev[0..nev), the
 * story's events so far. Returns the number of phrases resolved.
 */
int dy_eventref_sentence(dy_sent *s, int sentence, const dy_event *ev, size_t nev)
{
    if (nev == 0)
        return 0;
    int resolved = 0;
    for (int32_t i = 0; i < s->nne; i++) {
        dy_ne *e = &s->ne[i];
        const noun_kind *k = event_noun(s, e);
        if (!k || !object_position(s, e->node))
            continue;
        actors a = {{NULL}, 0, 0};
        if (!referent(k, sentence, ev, nev, &a))
            continue;
        for (int j = 0; j < a.n; j++)
            e->code[j] = a.code[j];
        e->ncode = a.n;
        e->reference = 1;
        e->event_ref = 1;
        resolved++;
    }
    return resolved;
}
