/*
 * p2.c — the PETRARCH-2 dialect coder for one sentence (CODING-RULES §3).
 *
 * The Phoenix verb dictionary annotates the phrase structure around a verb
 * instead of the word sequence: a bare word is the head noun of a noun
 * phrase, {A B H} a noun phrase with head H and modifiers A, B, (P X) a
 * prepositional phrase. So each VP headed by a dictionary verb is read as
 * its clause: the subject noun phrase (the nearest S's NP, passing through
 * VPs and subject-less TO clauses), its own NP/ADVP and PP children, and
 * the VPs it governs. Patterns match those; the most specific pattern that
 * matches wins (more elements first, file order among equals).
 *
 * Events: the source is the subject (passive: the BY/FROM/IN object), the
 * target the first coded NP child, then PP objects (passive: the subject).
 * A verb that governs another verb phrase without a subject of its own
 * ("intends to help", "wants to attack") combines with it through the
 * internal values of p2codes.c; NOT before the governed VP negates it.
 * Transformations (`~` lines) rewrite a said/claimed clause first.
 */
#include "lang/tree.h"
#include "code/p2.h"
#include "code/p2codes.h"
#include "code/event.h"

#include <string.h>

#define MAX_LOWER 16

/* One event found under a VP, before codes are mapped back. */
typedef struct p2ev {
    int32_t source, target;  /* NE indexes, -1 none */
    long value;              /* internal value (p2codes.c) */
    const char *code;        /* the code as the dictionary gave it (when not combined) */
    const char *code_b;      /* second half of an A:B pair, or NULL */
    int combined;            /* value holds a combination: map it back */
    int32_t verb_first, verb_last;
    uint32_t pattern, verb;
    unsigned flags;
    dy_word verb_root;       /* for transformations */
} p2ev;

typedef struct p2list {
    p2ev v[MAX_LOWER];
    int n;
} p2list;

static const dy_node *NODE(const dy_tabari_ctx *c, int32_t i)
{
    return &c->s->t->node[i];
}

static int is_verb_tag(int tag)
{
    return tag >= DY_VB && tag <= DY_VBZ;
}

static int is_noun_tag(int tag)
{
    return tag == DY_NN || tag == DY_NNS || tag == DY_NNP || tag == DY_NNPS;
}

static int leaf_is(const dy_tabari_ctx *c, int32_t leaf, const char *w)
{
    return leaf >= 0 && strcmp(c->s->t->leaf[leaf].upper, w) == 0;
}

/* ------------------------------------------------------------------ */
/* Phrase heads                                                         */

/* The head word (leaf) of noun phrase n: its first inner NP's head, else
 * its last noun, else its last word that is not a possessive marker. */
static int32_t np_head(const dy_tabari_ctx *c, int32_t n)
{
    const dy_node *nd = NODE(c, n);
    if (nd->leaf >= 0)
        return nd->leaf;
    for (int32_t k = nd->child; k >= 0; k = NODE(c, k)->next)
        if (NODE(c, k)->label == DY_NP)
            return np_head(c, k);
    int32_t last = -1, noun = -1;
    for (int32_t k = nd->child; k >= 0; k = NODE(c, k)->next) {
        const dy_node *kn = NODE(c, k);
        if (kn->leaf < 0 || kn->label == DY_POS)
            continue;
        last = kn->leaf;
        if (is_noun_tag(kn->label))
            noun = kn->leaf;
    }
    return noun >= 0 ? noun : last;
}

/* Is word w among the words of node n? */
static int node_has_word(const dy_tabari_ctx *c, int32_t n, dy_word w)
{
    for (int32_t i = NODE(c, n)->first; i < NODE(c, n)->last; i++)
        if (c->s->wid[i] == w)
            return 1;
    return 0;
}

static int word_matches(const dy_tabari_ctx *c, const dy_pelem *e, int32_t leaf)
{
    if (leaf < 0)
        return 0;
    dy_word w = c->s->wid[leaf];
    if (e->kind == DY_PE_WORD)
        return w == e->id;
    if (e->kind == DY_PE_SYNSET) {
        if (dy_dict_synset_has_word(c->d, e->id, w))
            return 1;
        /* a multi-word member ends at the head */
        const dy_synset *sy = &c->d->synset[e->id];
        for (uint32_t m = 0; m < sy->nmembers; m++) {
            size_t n;
            const dy_word *mw = dy_dict_phrase_words(c->d, c->d->synset_member[sy->members + m], &n);
            if (n < 2 || leaf + 1 < (int32_t)n)
                continue;
            size_t k = 0;
            while (k < n && c->s->wid[leaf - (int32_t)(n - 1 - k)] == mw[k])
                k++;
            if (k == n)
                return 1;
        }
    }
    return 0;
}

/* Does pattern group e[0..1+span) (or a single noun) match noun phrase n? */
static int noun_matches(const dy_tabari_ctx *c, const dy_pelem *e, int32_t n)
{
    int32_t head = np_head(c, n);
    if (e->kind != DY_PE_NP)
        return word_matches(c, e, head);
    if (e->span == 0 || !word_matches(c, &e[e->span], head))
        return 0;
    for (uint16_t k = 1; k < e->span; k++) {
        const dy_pelem *m = &e[k];
        if (m->kind == DY_PE_WORD && !node_has_word(c, n, m->id))
            return 0;
        if (m->kind == DY_PE_SYNSET) {
            int ok = 0;
            for (int32_t i = NODE(c, n)->first; i < NODE(c, n)->last && !ok; i++)
                ok = word_matches(c, m, i);
            if (!ok)
                return 0;
        }
    }
    return 1;
}

/* The object NP of a PP, or -1. */
static int32_t pp_object(const dy_tabari_ctx *c, int32_t pp)
{
    for (int32_t k = NODE(c, pp)->child; k >= 0; k = NODE(c, k)->next)
        if (NODE(c, k)->label == DY_NP)
            return k;
    return -1;
}

/* The preposition leaf of a PP, or -1. */
static int32_t pp_prep(const dy_tabari_ctx *c, int32_t pp)
{
    for (int32_t k = NODE(c, pp)->child; k >= 0; k = NODE(c, k)->next) {
        const dy_node *kn = NODE(c, k);
        if (kn->leaf >= 0 && (kn->label == DY_IN || kn->label == DY_TO || kn->label == DY_RP))
            return kn->leaf;
    }
    return -1;
}

static int pp_matches(const dy_tabari_ctx *c, const dy_pelem *e, int32_t pp)
{
    if (e->span == 0 || !word_matches(c, &e[1], pp_prep(c, pp)))
        return 0;
    if (e->span == 1)
        return 1;
    int32_t obj = pp_object(c, pp);
    if (obj < 0)
        return 0;
    return noun_matches(c, &e[2], obj);
}

/* ------------------------------------------------------------------ */
/* Clause parts                                                         */

typedef struct clause {
    int32_t vp;
    int32_t subject;         /* NP node, -1 */
    int32_t nps[MAX_LOWER];  /* NP/ADVP children of the VP */
    int nnp;
    int32_t pps[MAX_LOWER];  /* PP children */
    int npp;
} clause;

/* The subject NP for vp: the nearest S above (through VPs), passing a
 * subject-less S. */
static int32_t find_subject(const dy_tabari_ctx *c, int32_t vp)
{
    int32_t n = vp;
    while (n >= 0) {
        int32_t p = NODE(c, n)->parent;
        if (p < 0)
            return -1;
        int l = NODE(c, p)->label;
        if (l == DY_S || l == DY_SINV || l == DY_SQ) {
            int32_t subj = -1;
            for (int32_t k = NODE(c, p)->child; k >= 0 && k != n; k = NODE(c, k)->next)
                if (NODE(c, k)->label == DY_NP)
                    subj = k;
            if (subj >= 0)
                return subj;
        } else if (l != DY_VP && l != DY_S && l != DY_SBAR) {
            return -1;
        }
        n = p;
    }
    return -1;
}

static void read_clause(const dy_tabari_ctx *c, int32_t vp, clause *cl)
{
    memset(cl, 0, sizeof *cl);
    cl->vp = vp;
    cl->subject = find_subject(c, vp);
    for (int32_t k = NODE(c, vp)->child; k >= 0; k = NODE(c, k)->next) {
        int l = NODE(c, k)->label;
        if ((l == DY_NP || l == DY_ADVP) && cl->nnp < MAX_LOWER)
            cl->nps[cl->nnp++] = k;
        else if (l == DY_PP && cl->npp < MAX_LOWER)
            cl->pps[cl->npp++] = k;
        else if (l == DY_PRT && cl->npp < MAX_LOWER)
            cl->pps[cl->npp++] = k;
    }
}

/* Match one side's elements against NPs and PPs; returns elements matched, -1 on failure. */
static int match_side(const dy_tabari_ctx *c, const dy_pelem *e, uint32_t n, const int32_t *nps,
                      int nnp, const int32_t *pps, int npp)
{
    uint8_t used_np[MAX_LOWER] = {0}, used_pp[MAX_LOWER] = {0};
    int matched = 0;
    for (uint32_t i = 0; i < n; i += 1u + e[i].span) {
        const dy_pelem *x = &e[i];
        int ok = 0;
        if (x->kind == DY_PE_SOURCE || x->kind == DY_PE_TARGET || x->kind == DY_PE_COMPOUND ||
            x->kind == DY_PE_SKIP) {
            continue;
        } else if (x->kind == DY_PE_PP) {
            for (int k = 0; k < npp && !ok; k++)
                if (!used_pp[k] && pp_matches(c, x, pps[k]))
                    ok = used_pp[k] = 1;
        } else {
            for (int k = 0; k < nnp && !ok; k++)
                if (!used_np[k] && noun_matches(c, x, nps[k]))
                    ok = used_np[k] = 1;
        }
        if (!ok)
            return -1;
        matched += 1 + x->span;
    }
    return matched;
}

/* The most specific pattern of the block that matches the clause. */
static uint32_t best_pattern(const dy_tabari_ctx *c, const dy_block *blk, const clause *cl,
                             int passive)
{
    uint32_t best = DY_NONE;
    int best_score = -1;
    int32_t subj[1] = {cl->subject};
    int nsubj = cl->subject >= 0;
    for (uint32_t i = 0; i < blk->npatterns; i++) {
        const dy_pattern *p = &c->d->pattern[blk->patterns + i];
        if (p->dialect == DY_DIALECT_TABARI)
            continue;
        const dy_pelem *up = &c->d->pelem[p->upper], *low = &c->d->pelem[p->lower];
        int su, sl;
        if (!passive) {
            su = match_side(c, up, p->nupper, subj, nsubj, NULL, 0);
            sl = su < 0 ? -1 : match_side(c, low, p->nlower, cl->nps, cl->nnp, cl->pps, cl->npp);
        } else {
            /* passive: the subject is the logical object */
            sl = match_side(c, low, p->nlower, subj, nsubj, cl->pps, cl->npp);
            su = sl < 0 ? -1 : match_side(c, up, p->nupper, NULL, 0, cl->pps, cl->npp);
        }
        if (su < 0 || sl < 0)
            continue;
        int score = su + sl;
        if (score > best_score) {
            best_score = score;
            best = blk->patterns + i;
        }
    }
    return best;
}

/* ------------------------------------------------------------------ */
/* Roles                                                                */

/* The NE that codes node n: the first coded NE on its leaves, else the first NE. */
static int32_t ne_in(const dy_tabari_ctx *c, int32_t n)
{
    if (n < 0)
        return -1;
    int32_t first = -1;
    for (int32_t i = NODE(c, n)->first; i < NODE(c, n)->last; i++) {
        int32_t ne = c->s->ne_of[i];
        if (ne < 0)
            continue;
        const dy_ne *e = &c->s->ne[ne];
        if (e->nmember || e->ncode)
            return ne;
        if (first < 0)
            first = ne;
    }
    return first;
}

static int ne_coded(const dy_tabari_ctx *c, int32_t ne)
{
    return ne >= 0 && (c->s->ne[ne].nmember > 0 || c->s->ne[ne].ncode > 0);
}

static int32_t lower_target(const dy_tabari_ctx *c, const clause *cl)
{
    for (int k = 0; k < cl->nnp; k++) {
        int32_t ne = ne_in(c, cl->nps[k]);
        if (ne_coded(c, ne))
            return ne;
    }
    for (int k = 0; k < cl->npp; k++) {
        int32_t ne = ne_in(c, pp_object(c, cl->pps[k]));
        if (ne_coded(c, ne))
            return ne;
    }
    for (int k = 0; k < cl->nnp; k++) {
        int32_t ne = ne_in(c, cl->nps[k]);
        if (ne >= 0)
            return ne;
    }
    return -1;
}

static int32_t passive_source(const dy_tabari_ctx *c, const clause *cl)
{
    static const char *const preps[] = {"BY", "FROM", "IN"};
    for (size_t p = 0; p < 3; p++)
        for (int k = 0; k < cl->npp; k++)
            if (leaf_is(c, pp_prep(c, cl->pps[k]), preps[p]))
                return ne_in(c, pp_object(c, cl->pps[k]));
    return -1;
}

/* ------------------------------------------------------------------ */
/* Verb phrases                                                         */

static int is_be(const dy_tabari_ctx *c, int32_t leaf)
{
    static const char *const be[] = {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "'RE"};
    for (size_t i = 0; i < sizeof be / sizeof be[0]; i++)
        if (leaf_is(c, leaf, be[i]))
            return 1;
    return 0;
}

static int32_t head_verb(const dy_tabari_ctx *c, int32_t vp)
{
    int32_t k = NODE(c, vp)->child;
    while (k >= 0 && NODE(c, k)->leaf >= 0 && (NODE(c, k)->label == DY_RB || NODE(c, k)->label == DY_ADVP))
        k = NODE(c, k)->next;
    if (k < 0 || NODE(c, k)->leaf < 0)
        return -1;
    int l = NODE(c, k)->label;
    return is_verb_tag(l) || l == DY_MD || l == DY_TO ? NODE(c, k)->leaf : -1;
}

static void code_vp(dy_tabari_ctx *c, int32_t vp, int32_t inherited_subject, p2list *out);

/* A clause under a verb: its VPs, with the governing subject if it has none. */
static void governed_clause(dy_tabari_ctx *c, int32_t sn, int32_t subject, p2list *out)
{
    int has_subj = 0;
    for (int32_t g = NODE(c, sn)->child; g >= 0; g = NODE(c, g)->next)
        has_subj |= NODE(c, g)->label == DY_NP;
    for (int32_t g = NODE(c, sn)->child; g >= 0; g = NODE(c, g)->next)
        if (NODE(c, g)->label == DY_VP)
            code_vp(c, g, has_subj ? -1 : subject, out);
}

/* The VPs governed by vp: child VPs, and the VPs of clauses under it. */
static void governed(dy_tabari_ctx *c, int32_t vp, int32_t subject, p2list *out, int *negated)
{
    *negated = 0;
    for (int32_t k = NODE(c, vp)->child; k >= 0; k = NODE(c, k)->next) {
        const dy_node *kn = NODE(c, k);
        if (kn->leaf >= 0 && (leaf_is(c, kn->leaf, "NOT") || leaf_is(c, kn->leaf, "N'T") ||
                              leaf_is(c, kn->leaf, "NEVER")))
            *negated = 1;
        if (kn->label == DY_VP)
            code_vp(c, k, subject, out);
        else if (kn->label == DY_S)
            governed_clause(c, k, subject, out);
        else if (kn->label == DY_SBAR)
            for (int32_t g = kn->child; g >= 0; g = NODE(c, g)->next)
                if (NODE(c, g)->label == DY_S)
                    governed_clause(c, g, subject, out);
    }
}

static void push(p2list *l, const p2ev *e)
{
    if (l->n < MAX_LOWER)
        l->v[l->n++] = *e;
}

static dy_word verb_root_word(const dy_tabari_ctx *c, uint32_t verb)
{
    const dy_verb *v = &c->d->verb[verb];
    size_t n;
    const dy_word *w = dy_dict_phrase_words(c->d, v->root, &n);
    return v->root_pos < n ? w[v->root_pos] : 0;
}

/* Apply a `~` transformation to outer event u over inner event l, if one fits. */
static int transform(dy_tabari_ctx *c, const p2ev *u, const p2ev *l, p2ev *out)
{
    for (uint32_t i = 0; i < c->d->ntransforms; i++) {
        const dy_transform *t = &c->d->transform[i];
        if ((t->v1 && t->v1 != u->verb_root) || (t->v2 && t->v2 != l->verb_root))
            continue;
        /* b: inner source; "a" means the same as the outer source */
        if (t->b == '_' && l->source >= 0)
            continue;
        if (t->b == t->a && l->source >= 0 && l->source != u->source)
            continue;
        if (t->c == '_' && l->target >= 0)
            continue;
        *out = *l;
        out->source = t->x == t->a ? u->source : t->x == t->b ? (l->source >= 0 ? l->source : u->source) : -1;
        out->target = t->y == t->c ? l->target : t->y == t->b ? l->source : -1;
        if (t->code != DY_STR_EMPTY) {
            out->code = dy_dict_str(c->d, t->code);
            out->code_b = NULL;
            out->combined = 0;
        }
        return 1;
    }
    return 0;
}

/* Code one VP (and what it governs) into out. */
static void code_vp(dy_tabari_ctx *c, int32_t vp, int32_t inherited_subject, p2list *out)
{
    int32_t leaf = head_verb(c, vp);
    uint32_t form = DY_NONE;
    int32_t vfirst = leaf, vlast = leaf;
    if (leaf >= 0 && is_verb_tag(c->s->t->leaf[leaf].tag))
        form = dy_tabari_find_form(c, leaf, &vfirst, &vlast);
    clause cl;
    read_clause(c, vp, &cl);
    if (cl.subject < 0 && inherited_subject >= 0)
        cl.subject = inherited_subject;
    /* passive: a past participle under a form of BE */
    int passive = 0;
    int32_t parent = NODE(c, vp)->parent;
    if (leaf >= 0 && (c->s->t->leaf[leaf].tag == DY_VBN || c->s->t->leaf[leaf].tag == DY_VBD) &&
        parent >= 0 && NODE(c, parent)->label == DY_VP)
        passive = is_be(c, head_verb(c, parent));

    p2list lower = {.n = 0};
    int negated = 0;
    governed(c, vp, cl.subject, &lower, &negated);

    if (form == DY_NONE) {
        /* an auxiliary, modal or unknown verb passes the governed events up */
        for (int i = 0; i < lower.n; i++) {
            p2ev e = lower.v[i];
            if (negated) {
                e.value = (e.combined ? e.value : e.value) - 0xFFFF;
                e.combined = 1;
            }
            push(out, &e);
        }
        return;
    }
    const dy_verb_form *f = &c->d->form[form];
    const dy_verb *v = &c->d->verb[f->verb];
    const dy_block *blk = &c->d->block[v->block];
    uint32_t pat = best_pattern(c, blk, &cl, passive);
    const char *code = dy_dict_str(c->d, pat != DY_NONE ? c->d->pattern[pat].code : v->code);
    p2ev me;
    memset(&me, 0, sizeof me);
    me.pattern = pat;
    me.verb = f->verb;
    me.verb_first = vfirst;
    me.verb_last = vlast;
    me.verb_root = verb_root_word(c, f->verb);
    me.flags = (pat != DY_NONE ? DY_EVENT_PATTERN : 0) | (passive ? DY_EVENT_PASSIVE : 0);
    const char *colon = strchr(code, ':');
    if (colon) {
        me.code = dy_arena_strndup(c->s->arena, code, (size_t)(colon - code));
        me.code_b = colon + 1;
    } else {
        me.code = code;
    }
    int found = 0;
    me.value = dy_p2_value(me.code, strlen(me.code), &found);
    if (passive) {
        me.source = passive_source(c, &cl);
        me.target = ne_in(c, cl.subject);
    } else {
        me.source = ne_in(c, cl.subject);
        me.target = lower_target(c, &cl);
    }
    dy_verb_note note = {leaf, f->verb, pat, me.code, passive, me.source, me.target, 0, NULL};
    note.why = lower.n ? "governs other verbs: combined with them, or they stand alone"
                       : "coded from its clause";
    dy_tabari_note(c, &note);
    /* governed events: transformations, then combination (§3). A verb with
       a target of its own ("visits North Korea to strengthen ties") keeps
       its event and the governed ones stand alone. */
    int used = 0;
    int own_target = ne_coded(c, me.target);
    for (int i = 0; i < lower.n; i++) {
        p2ev l = lower.v[i], t;
        if (transform(c, &me, &l, &t)) {
            push(out, &t);
            used = 1;
            continue;
        }
        if (!strcmp(me.code, "---") || !*me.code) {
            push(out, &l);
            used = 1;
            continue;
        }
        if ((l.source >= 0 && l.source != me.source) || own_target) {
            push(out, &l);
            continue;
        }
        long lv = l.combined ? l.value : l.value;
        if (negated)
            lv -= 0xFFFF;
        p2ev comb = l;
        comb.source = me.source;
        if (comb.target < 0)
            comb.target = me.target;
        comb.value = dy_p2_combine(negated ? 0 : me.value, lv);
        comb.combined = 1;
        comb.code_b = NULL;
        push(out, &comb);
        used = 1;
    }
    if (!used && strcmp(me.code, "---") && (*me.code || me.code_b))
        push(out, &me);
}

/* ------------------------------------------------------------------ */
/* Output                                                               */

static void emit(dy_tabari_ctx *c, const p2ev *e)
{
    const char *code = e->code;
    if (e->combined)
        code = dy_p2_code(e->value);
    if (!code)
        return;
    int32_t target = e->target;
    /* several sources, no target, a code of roots 03-06: they act on each
       other ("China and Russia agreed to cooperate") */
    if (target < 0 && e->source >= 0 && c->s->ne[e->source].nmember > 1 && *code &&
        code[0] == '0' && code[1] >= '3' && code[1] <= '6')
        target = e->source;
    dy_raw_event r = {NULL, NULL, NULL, e->source, target, e->verb_first, e->verb_last,
                      e->pattern, e->verb, e->flags};
    dy_tabari_emit(c, &r, e->source, target, *code ? code : NULL, e->code_b);
}

static void visit(dy_tabari_ctx *c, int32_t node)
{
    const dy_node *n = NODE(c, node);
    if (n->leaf >= 0)
        return;
    if (n->label == DY_VP && !c->s->in_ne[node]) {
        p2list out = {.n = 0};
        code_vp(c, node, -1, &out);
        for (int i = 0; i < out.n; i++)
            emit(c, &out.v[i]);
        if (out.n)
            return; /* the VP and what it governs are coded */
    }
    for (int32_t k = n->child; k >= 0; k = NODE(c, k)->next)
        visit(c, k);
}

/* Code the sentence in c->s with the PETRARCH-2 dialect patterns. */
void dy_p2_code_sentence(dy_tabari_ctx *c)
{
    if (c->s->t->root >= 0)
        visit(c, c->s->t->root);
}
