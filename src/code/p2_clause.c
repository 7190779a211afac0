/*
 * p2_clause.c — the phrases around one verb, as the PETRARCH-2 dialect
 * sees them (CODING-RULES §3 "Where patterns match", "Roles").
 *
 * Active voice: pre-verb nouns are the heads of the subject (the nearest
 * S's noun phrase, up through verb phrases and subject-less clauses) and
 * of adverb phrases before the verb; post-verb nouns are the heads of the
 * verb phrase's NP, ADVP, ADJP and particle children (and of a small
 * clause's parts: "called [X] [reasonable]"); PP parts are its PPs and
 * those of its objects, since the analyser may hang "talks [with X]" on
 * either. Passive voice (a past participle under a form of BE, or under
 * a noun phrase): the sides swap, pre-verb nouns come from BY/FROM objects
 * and the subject is matched by post-verb nouns.
 *
 * Roles: the source is the subject (passive: the BY/FROM/IN object), the
 * target the first coded object, then a PP object (passive: an AT/
 * AGAINST/INTO/TOWARDS object, else the subject). Time phrases ("after
 * the harvest") are never targets and place phrases ("in Hanoi") only
 * when nothing else is.
 */
#include "lang/tree.h"
#include "code/p2_clause.h"
#include "lang/lexicon.h"

#include <string.h>

static const dy_node *N(const dy_p2 *p, int32_t i)
{
    return &p->t->node[i];
}

static int label(const dy_p2 *p, int32_t i)
{
    return N(p, i)->label;
}

static int is_verb_tag(int tag)
{
    return tag >= DY_VB && tag <= DY_VBZ;
}

static int is_noun_tag(int tag)
{
    return tag == DY_NN || tag == DY_NNS || tag == DY_NNP || tag == DY_NNPS;
}

static int word_is(const dy_p2 *p, int32_t leaf, const char *w)
{
    return leaf >= 0 && strcmp(p->t->leaf[leaf].upper, w) == 0;
}

static int word_in(const dy_p2 *p, int32_t leaf, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (word_is(p, leaf, list[i]))
            return 1;
    return 0;
}

/*
 * Start coding the sentence of c: map each node to the NE made from it (a
 * compound's own node to the compound, a member's node to the member), and
 * clear the coded-VP marks. Everything lives in the story arena.
 */
void dy_p2_init(dy_p2 *p, dy_tabari_ctx *c)
{
    memset(p, 0, sizeof *p);
    p->c = c;
    p->d = c->d;
    p->s = c->s;
    p->t = c->s->t;
    int32_t n = p->t->nnode;
    p->node_ne = DY_ARENA_NEW(c->s->arena, int32_t, (size_t)n + 1);
    p->done = DY_ARENA_NEW(c->s->arena, uint8_t, (size_t)n + 1);
    p->head = DY_ARENA_NEW(c->s->arena, int32_t, (size_t)n + 1);
    for (int32_t i = 0; i < n; i++)
        p->node_ne[i] = p->head[i] = -2;
    for (int32_t i = 0; i < n; i++)
        p->node_ne[i] = -1;
    for (int32_t i = 0; i < p->s->nne; i++) {
        int32_t node = p->s->ne[i].node;
        if (node < 0 || node >= n)
            continue;
        int32_t old = p->node_ne[node];
        if (old < 0 || p->s->ne[old].parent >= 0)
            p->node_ne[node] = i;
    }
}

/* Is leaf a form of BE? */
static int is_be(const dy_p2 *p, int32_t leaf)
{
    static const char *const be[] = {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S",
                                     "'RE", "'M", "AM"};
    return word_in(p, leaf, be, sizeof be / sizeof be[0]);
}

/* A child that may come before a verb inside its own phrase ("strongly"). */
static int is_pre_verb(const dy_p2 *p, int32_t k)
{
    int l = label(p, k);
    return l == DY_RB || l == DY_ADVP || l == DY_LQUOTE || l == DY_RQUOTE;
}

/*
 * The leaf heading verb phrase vp: its first verb, modal or TO child after
 * adverbs, or -1 (a phrase that starts with another phrase, such as a
 * coordination of verb phrases, has no head of its own).
 */
int32_t dy_p2_head_verb(const dy_p2 *p, int32_t vp)
{
    int32_t k = N(p, vp)->child;
    while (k >= 0 && is_pre_verb(p, k))
        k = N(p, k)->next;
    if (k < 0 || N(p, k)->leaf < 0)
        return -1;
    int l = label(p, k);
    return is_verb_tag(l) || l == DY_MD || l == DY_TO ? N(p, k)->leaf : -1;
}

/* Is node n a punctuation or quote preterminal? */
static int is_punct(const dy_p2 *p, int32_t n)
{
    int l = label(p, n);
    return l == DY_COMMA || l == DY_PERIOD || l == DY_COLON || l == DY_LQUOTE ||
           l == DY_RQUOTE || l == DY_LRB || l == DY_RRB || l == DY_POS || l == DY_HYPH;
}

/*
 * The head word (leaf) of a phrase: a preterminal's own leaf; for a phrase
 * with an inner NP, that NP's head; else its last noun; else its last word
 * that is not punctuation or a possessive marker ("reasonable" of an
 * ADJP, "off" of a particle).
 */
static int32_t find_head(const dy_p2 *p, int32_t n);

int32_t dy_p2_head_leaf(const dy_p2 *p, int32_t n)
{
    if (p->head[n] == -2)
        p->head[n] = find_head(p, n);
    return p->head[n];
}

static int32_t find_head(const dy_p2 *p, int32_t n)
{
    const dy_node *nd = N(p, n);
    if (nd->leaf >= 0)
        return nd->leaf;
    for (int32_t k = nd->child; k >= 0; k = N(p, k)->next)
        if (label(p, k) == DY_NP)
            return dy_p2_head_leaf(p, k);
    int32_t last = -1, noun = -1;
    for (int32_t k = nd->child; k >= 0; k = N(p, k)->next) {
        const dy_node *kn = N(p, k);
        if (kn->leaf < 0) {
            if (kn->label == DY_ADJP || kn->label == DY_QP)
                last = dy_p2_head_leaf(p, k);
            continue;
        }
        if (is_punct(p, k))
            continue;
        last = kn->leaf;
        if (is_noun_tag(kn->label))
            noun = kn->leaf;
    }
    return noun >= 0 ? noun : last;
}

/* The object NP of a PP, or -1. A particle's object is the NP after it
 * ("called [up] [the reserves]"), so that (UP X) parts match it. */
int32_t dy_p2_pp_object(const dy_p2 *p, int32_t pp)
{
    if (label(p, pp) == DY_PRT) {
        int32_t k = N(p, pp)->next;
        return k >= 0 && label(p, k) == DY_NP ? k : -1;
    }
    for (int32_t k = N(p, pp)->child; k >= 0; k = N(p, k)->next)
        if (label(p, k) == DY_NP)
            return k;
    return -1;
}

/* The preposition leaf of a PP (or the particle of a PRT), or -1. */
int32_t dy_p2_pp_prep(const dy_p2 *p, int32_t pp)
{
    for (int32_t k = N(p, pp)->child; k >= 0; k = N(p, k)->next) {
        const dy_node *kn = N(p, k);
        if (kn->leaf >= 0 && (kn->label == DY_IN || kn->label == DY_TO || kn->label == DY_RP))
            return kn->leaf;
    }
    return -1;
}

/*
 * §3 passive: a past participle (VBN, or a VBD the tagger took for one)
 * under a verb phrase headed by a form of BE within two levels ("was
 * attacked", "were captured and killed"), or directly under a noun phrase
 * ("troops stationed in Syria").
 */
int dy_p2_is_passive(const dy_p2 *p, int32_t vp, int32_t verb)
{
    int tag = p->t->leaf[verb].tag;
    if (tag != DY_VBN && tag != DY_VBD)
        return 0;
    int32_t up = N(p, vp)->parent;
    if (up >= 0 && label(p, up) == DY_NP)
        return 1;
    for (int level = 0; level < 2 && up >= 0 && label(p, up) == DY_VP; level++) {
        if (is_be(p, dy_p2_head_verb(p, up)))
            return 1;
        up = N(p, up)->parent;
    }
    return 0;
}

/* The first NP child of node n, or -1. */
static int32_t first_np(const dy_p2 *p, int32_t n)
{
    for (int32_t k = N(p, n)->child; k >= 0; k = N(p, k)->next)
        if (label(p, k) == DY_NP)
            return k;
    return -1;
}

/*
 * The tag heading S node n when it is a clause without a subject of its
 * own ("raising tariffs ...", "meeting with Kim", "to press the North"):
 * DY_VBG, DY_VBN or DY_TO; 0 for any other node.
 */
int dy_p2_participle(const dy_p2 *p, int32_t n)
{
    if (label(p, n) != DY_S || first_np(p, n) >= 0)
        return 0;
    for (int32_t k = N(p, n)->child; k >= 0; k = N(p, k)->next) {
        if (label(p, k) != DY_VP)
            continue;
        int32_t h = dy_p2_head_verb(p, k);
        if (h < 0) /* coordinated participles: look at the first */
            for (int32_t g = N(p, k)->child; g >= 0 && h < 0; g = N(p, g)->next)
                if (label(p, g) == DY_VP)
                    h = dy_p2_head_verb(p, g);
        int tag = h >= 0 ? p->t->leaf[h].tag : 0;
        return tag == DY_VBG || tag == DY_VBN || tag == DY_TO ? tag : 0;
    }
    return 0;
}

/*
 * The subject of the clause whose part n is, inside clause node s: the NP
 * before n; in an inverted clause ("..., said Lee") the NP after it; for a
 * participle clause, the main clause's subject whether the participle
 * comes first ("Meeting Kim, Trump rejected ...") or last ("Trump ...,
 * raising tariffs").
 */
static int32_t subject_in(const dy_p2 *p, int32_t s, int32_t n)
{
    int32_t before = -1, prev_clause = -1;
    for (int32_t k = N(p, s)->child; k >= 0 && k != n; k = N(p, k)->next) {
        if (label(p, k) == DY_NP)
            before = k;
        else if (label(p, k) == DY_S)
            prev_clause = k;
    }
    if (before >= 0 || n < 0)
        return before;
    int inverted = label(p, s) == DY_SINV;
    if (!inverted && !dy_p2_participle(p, n))
        return -1;
    for (int32_t k = N(p, n)->next; k >= 0; k = N(p, k)->next)
        if (label(p, k) == DY_NP)
            return k;
    if (!inverted && prev_clause >= 0)
        return subject_in(p, prev_clause, -1);
    return -1;
}

/*
 * The subject NP for vp: the nearest clause's (through verb phrases and
 * subject-less clauses), or the noun phrase a participle modifies. *levels
 * counts the clauses passed before it was found (0: the VP's own clause).
 */
static int32_t find_subject(const dy_p2 *p, int32_t vp, int *levels)
{
    *levels = 0;
    int32_t n = vp;
    for (;;) {
        int32_t up = N(p, n)->parent;
        if (up < 0)
            return -1;
        int l = label(p, up);
        if (l == DY_S || l == DY_SINV || l == DY_SQ) {
            int32_t subj = subject_in(p, up, n);
            if (subj >= 0)
                return subj;
            ++*levels;
        } else if (l == DY_NP) {
            int32_t head = first_np(p, up);
            return head >= 0 && head != n ? head : -1;
        } else if (l != DY_VP && l != DY_SBAR) {
            return -1;
        }
        n = up;
    }
}

static void add_part(int32_t *list, int *n, int32_t node)
{
    if (*n < DY_P2_MAX_PARTS)
        list[(*n)++] = node;
}

/* The PPs that modify noun phrase np ("talks [with X]"). */
static void add_np_pps(const dy_p2 *p, int32_t np, int32_t *list, int *n)
{
    if (label(p, np) != DY_NP)
        return;
    for (int32_t k = N(p, np)->child; k >= 0; k = N(p, k)->next)
        if (label(p, k) == DY_PP)
            add_part(list, n, k);
}

/* Is ADJP node a predicate adjective ("reasonable", "illegal")? Not a
 * comparative that tells when ("earlier this month"), nor a word that can
 * be a noun, which is more likely the end of the object the analyser cut
 * short ("Yemen's army [chief]"). */
int dy_p2_predicative(const dy_p2 *p, int32_t adjp)
{
    int32_t head = dy_p2_head_leaf(p, adjp);
    if (head < 0 || p->t->leaf[head].tag != DY_JJ)
        return 0;
    dy_lexinfo info;
    dy_lex_lookup(p->t->leaf[head].upper, p->t->leaf[head].ulen, &info);
    return info.tags != 0 && !(info.tags & DY_TAGS_NOUN);
}

/* The after-verb parts of vp into cl (active voice) or the given lists. */
static void read_lower(const dy_p2 *p, int32_t vp, int32_t verb, dy_p2_clause *cl)
{
    int object = 0;
    for (int32_t k = N(p, vp)->child; k >= 0; k = N(p, k)->next) {
        if (N(p, k)->last <= verb)
            continue; /* before the verb, or the verb itself */
        int l = label(p, k);
        if (l == DY_NP && (N(p, k)->flags & DY_NODE_TMP))
            continue; /* "last week": when, not what */
        if (l == DY_NP || l == DY_ADVP || l == DY_PRT) {
            add_part(cl->low, &cl->nlow, k);
            if (l == DY_PRT)
                add_part(cl->low_pp, &cl->nlow_pp, k);
            add_np_pps(p, k, cl->low_pp, &cl->nlow_pp);
            object |= l == DY_NP;
        } else if (l == DY_ADJP) {
            add_part(cl->low, &cl->nlow, k);
            if (object && cl->complement < 0)
                cl->complement = k;
        } else if (l == DY_PP) {
            add_part(cl->low_pp, &cl->nlow_pp, k);
        } else if (l == DY_S && first_np(p, k) >= 0 && dy_tree_first_child(p->t, k, DY_VP) < 0) {
            /* a small clause: "called [Kim's demands] [reasonable]" */
            int np = 0;
            for (int32_t g = N(p, k)->child; g >= 0; g = N(p, g)->next) {
                int gl = label(p, g);
                if (gl == DY_NP || gl == DY_ADJP)
                    add_part(cl->low, &cl->nlow, g);
                if (gl == DY_ADJP && np && cl->complement < 0)
                    cl->complement = g;
                np |= gl == DY_NP;
            }
        }
    }
}

/* The before-verb parts of an active clause: the subject, its PPs, and
 * adverb phrases before the verb. */
static void read_upper(const dy_p2 *p, int32_t vp, int32_t verb, dy_p2_clause *cl)
{
    if (cl->subject >= 0) {
        add_part(cl->up, &cl->nup, cl->subject);
        add_np_pps(p, cl->subject, cl->up_pp, &cl->nup_pp);
    }
    for (int32_t k = N(p, vp)->child; k >= 0 && N(p, k)->last <= verb; k = N(p, k)->next)
        if (label(p, k) == DY_ADVP || label(p, k) == DY_RB)
            add_part(cl->up, &cl->nup, k);
    int32_t up = N(p, vp)->parent;
    if (up >= 0 && label(p, up) == DY_S)
        for (int32_t k = N(p, up)->child; k >= 0 && k != vp; k = N(p, k)->next)
            if (label(p, k) == DY_ADVP)
                add_part(cl->up, &cl->nup, k);
}

/* Passive: BY/FROM objects before the verb, the subject after it. */
static void read_passive(const dy_p2 *p, int32_t vp, int32_t verb, dy_p2_clause *cl)
{
    static const char *const agent[] = {"BY", "FROM"};
    dy_p2_clause tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.complement = -1;
    read_lower(p, vp, verb, &tmp);
    if (cl->subject >= 0)
        add_part(cl->low, &cl->nlow, cl->subject);
    for (int i = 0; i < tmp.nlow; i++)
        add_part(cl->low, &cl->nlow, tmp.low[i]);
    for (int i = 0; i < tmp.nlow_pp; i++) {
        int32_t pp = tmp.low_pp[i];
        int32_t obj = dy_p2_pp_object(p, pp);
        if (obj >= 0 && word_in(p, dy_p2_pp_prep(p, pp), agent, 2)) {
            add_part(cl->up, &cl->nup, obj);
            add_np_pps(p, obj, cl->up_pp, &cl->nup_pp);
        } else {
            add_part(cl->low_pp, &cl->nlow_pp, pp);
        }
    }
    cl->complement = tmp.complement;
}

/*
 * Read the clause of verb phrase vp headed by leaf verb. inherited is the
 * governing clause's subject (-1 at the top): a clause without a subject
 * of its own ("[Arnor] intends [to help Gondor]") takes it.
 */
void dy_p2_read_clause(const dy_p2 *p, int32_t vp, int32_t verb, int32_t inherited,
                       dy_p2_clause *cl)
{
    memset(cl, 0, sizeof *cl);
    cl->vp = vp;
    cl->verb = verb;
    cl->complement = -1;
    int levels;
    cl->subject = find_subject(p, vp, &levels);
    cl->own_subject = cl->subject >= 0 && (levels == 0 || inherited < 0);
    if (inherited >= 0 && (cl->subject < 0 || levels > 0)) {
        cl->subject = inherited;
        cl->own_subject = 0;
    }
    cl->passive = verb >= 0 && dy_p2_is_passive(p, vp, verb);
    if (cl->passive) {
        read_passive(p, vp, verb, cl);
    } else {
        read_upper(p, vp, verb, cl);
        read_lower(p, vp, verb, cl);
    }
}

/* Is NE ne coded (a compound: some member is)? */
int dy_p2_ne_coded(const dy_p2 *p, int32_t ne)
{
    if (ne < 0)
        return 0;
    const dy_ne *e = &p->s->ne[ne];
    if (e->nmember == 0)
        return e->ncode > 0;
    for (int32_t m = 0; m < e->nmember; m++)
        if (p->s->ne[e->member + m].ncode > 0)
            return 1;
    return 0;
}

/* Place, time or topic: "talks in Hanoi", "after the harvest". */
static int weak_prep(const dy_p2 *p, int32_t leaf)
{
    return leaf >= 0 && dy_sent_prep_is_weak(p->t->leaf[leaf].upper) &&
           !word_is(p, leaf, "ON");
}

/*
 * The NE that stands for noun phrase np: the NE made from it; else that of
 * its head (its first inner NP); if the head names nobody, an appositive
 * NP or the object of a PP that is not about place, time or topic ("the
 * leader [of North Korea]"), never one inside a clause that modifies it
 * ("Trump, meeting with Kim [in Vietnam],"). -1 if none.
 */
int32_t dy_p2_np_ne(const dy_p2 *p, int32_t np)
{
    if (np < 0)
        return -1;
    if (p->node_ne[np] >= 0)
        return p->node_ne[np];
    int32_t head = first_np(p, np);
    if (head < 0)
        return -1;
    int32_t ne = dy_p2_np_ne(p, head);
    if (dy_p2_ne_coded(p, ne))
        return ne;
    for (int32_t k = N(p, head)->next; k >= 0; k = N(p, k)->next) {
        int32_t alt = -1;
        if (label(p, k) == DY_NP)
            alt = dy_p2_np_ne(p, k);
        else if (label(p, k) == DY_PP && !weak_prep(p, dy_p2_pp_prep(p, k)))
            alt = dy_p2_np_ne(p, dy_p2_pp_object(p, k));
        if (dy_p2_ne_coded(p, alt))
            return alt;
    }
    return ne;
}

/* The first coded NE whose words lie inside node (for `$`/`+` in a group), or -1. */
int32_t dy_p2_actor_in(const dy_p2 *p, int32_t node)
{
    int32_t ne = dy_p2_np_ne(p, node);
    if (dy_p2_ne_coded(p, ne))
        return ne;
    for (int32_t i = N(p, node)->first; i < N(p, node)->last; i++) {
        int32_t m = p->s->mem_of[i];
        if (dy_p2_ne_coded(p, m))
            return m;
        m = p->s->ne_of[i];
        if (dy_p2_ne_coded(p, m))
            return m;
    }
    return -1;
}

/* The NE of a PP's object when its preposition is one of list. */
static int32_t pp_actor(const dy_p2 *p, int32_t pp, const char *const *list, size_t n)
{
    if (!word_in(p, dy_p2_pp_prep(p, pp), list, n))
        return -1;
    return dy_p2_np_ne(p, dy_p2_pp_object(p, pp));
}

static int is_time_prep(const dy_p2 *p, int32_t leaf)
{
    static const char *const when[] = {"AFTER", "BEFORE", "SINCE", "UNTIL", "DURING", "AMID",
                                       "AMIDST", "DESPITE", "TILL"};
    return word_in(p, leaf, when, sizeof when / sizeof when[0]);
}

/* The leaf an NE's actor was found at (a compound: its first coded
 * member's; an NE coded by agents only: its last word). */
static int32_t actor_leaf(const dy_p2 *p, int32_t ne)
{
    const dy_ne *e = &p->s->ne[ne];
    for (int32_t m = 0; m < e->nmember; m++)
        if (p->s->ne[e->member + m].ncode > 0)
            return actor_leaf(p, e->member + m);
    return e->actor_leaf >= 0 ? e->actor_leaf : e->last - 1; /* agents: the head's side */
}

/*
 * How good a target the coded object of PP pp is: 0 a partner ("sanctions
 * on Iran", "aid to Kerry"), 1 only where the act happened ("in Hanoi")
 * or what it was about, -1 never (a time: "after the harvest"). The PP
 * nearest the actor's word decides, so "in [aid to Kerry]" is a partner.
 */
static int pp_target_rank(const dy_p2 *p, int32_t pp, int32_t ne, int *place)
{
    int32_t prep = dy_p2_pp_prep(p, pp);
    *place = 0;
    if (is_time_prep(p, prep))
        return -1;
    int kind = dy_sent_leaf_pp(p->s, actor_leaf(p, ne), N(p, pp)->parent);
    if (kind == DY_PP_PLACE) {
        *place = 1;
        return 1;
    }
    return kind != DY_PP_DIRECTION && weak_prep(p, prep);
}

/* Active target: the first coded object, then a coded PP object (place PPs
 * last, time PPs never), then the first object even if nobody is named. */
static int32_t active_target(const dy_p2 *p, const dy_p2_clause *cl, int *place)
{
    *place = 0;
    for (int i = 0; i < cl->nlow; i++) {
        int32_t ne = label(p, cl->low[i]) == DY_NP ? dy_p2_np_ne(p, cl->low[i]) : -1;
        if (dy_p2_ne_coded(p, ne))
            return ne;
    }
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < cl->nlow_pp; i++) {
            int32_t pp = cl->low_pp[i];
            if (N(p, pp)->parent != cl->vp)
                continue;
            int32_t ne = dy_p2_np_ne(p, dy_p2_pp_object(p, pp));
            if (dy_p2_ne_coded(p, ne) && pp_target_rank(p, pp, ne, place) == pass)
                return ne;
        }
    *place = 0;
    for (int i = 0; i < cl->nlow; i++)
        if (label(p, cl->low[i]) == DY_NP && cl->low[i] != cl->subject)
            return dy_p2_np_ne(p, cl->low[i]);
    return -1;
}

/*
 * The default roles of a clause (§3 "Roles"): active, the subject and the
 * first object; passive, the BY/FROM/IN object and an AT/AGAINST/INTO/
 * TOWARDS object or the subject. *place is set when the target is only
 * where the act happened ("met [in Hanoi]").
 */
void dy_p2_default_roles(const dy_p2 *p, const dy_p2_clause *cl, int32_t *source,
                         int32_t *target, int *place)
{
    *place = 0;
    static const char *const src[] = {"BY", "FROM", "IN"};
    static const char *const tgt[] = {"AT", "AGAINST", "INTO", "TOWARDS", "TOWARD"};
    if (!cl->passive) {
        *source = dy_p2_np_ne(p, cl->subject);
        *target = active_target(p, cl, place);
        return;
    }
    *source = *target = -1;
    for (size_t k = 0; k < 3 && *source < 0; k++)
        for (int32_t pp = N(p, cl->vp)->child; pp >= 0 && *source < 0; pp = N(p, pp)->next)
            if (label(p, pp) == DY_PP)
                *source = pp_actor(p, pp, &src[k], 1);
    for (int32_t pp = N(p, cl->vp)->child; pp >= 0 && *target < 0; pp = N(p, pp)->next) {
        int32_t ne = label(p, pp) == DY_PP ? pp_actor(p, pp, tgt, sizeof tgt / sizeof tgt[0]) : -1;
        if (dy_p2_ne_coded(p, ne)) /* not "at 12 a.m." */
            *target = ne;
    }
    if (*target < 0)
        *target = dy_p2_np_ne(p, cl->subject);
}

/*
 * Does SBAR node sbar open a clause that reports no event: a condition
 * ("if Beijing does not agree", "unless ...") or a time still to come,
 * which English puts in the present tense ("before he meets Trump")?
 */
int dy_p2_unreal(const dy_p2 *p, int32_t sbar)
{
    static const char *const cond[] = {"IF", "UNLESS"};
    static const char *const when[] = {"BEFORE", "UNTIL", "TILL", "WHEN", "WHENEVER", "ONCE"};
    const dy_node *n = N(p, sbar);
    if (n->label != DY_SBAR || n->first >= n->last)
        return 0;
    if (word_in(p, n->first, cond, 2))
        return 1;
    if (!word_in(p, n->first, when, sizeof when / sizeof when[0]))
        return 0;
    int32_t s = dy_tree_first_child(p->t, sbar, DY_S);
    int32_t vp = s >= 0 ? dy_tree_first_child(p->t, s, DY_VP) : -1;
    int32_t head = vp >= 0 ? dy_p2_head_verb(p, vp) : -1;
    int tag = head >= 0 ? p->t->leaf[head].tag : 0;
    return tag == DY_VBZ || tag == DY_VBP || tag == DY_VB;
}

/* Is child node a negation (NOT, N'T, NEVER, or an ADVP of one)? */
int dy_p2_negation(const dy_p2 *p, int32_t node)
{
    static const char *const neg[] = {"NOT", "N'T", "NEVER"};
    const dy_node *n = N(p, node);
    if (n->leaf >= 0)
        return word_in(p, n->leaf, neg, 3);
    if (n->label != DY_ADVP || n->last - n->first != 1)
        return 0;
    return word_in(p, n->first, neg, 3);
}
