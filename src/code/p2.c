/*
 * p2.c — the PETRARCH-2 dialect coder for one sentence (CODING-RULES §3).
 *
 * The Phoenix verb dictionary annotates the phrase structure around a verb
 * instead of the word sequence, so each verb phrase headed by a dictionary
 * verb is read as a clause (p2_clause.c): subject, objects, PPs, and the
 * verb phrases it governs. The block's patterns are matched against it in
 * PETRARCH-2's search order (p2_match.c); the pattern's code, else the
 * verb's, is the event's, between the roles the pattern binds or the
 * default roles.
 *
 * A verb governs the verb phrases below it ("intends [to help]", "will
 * [help]"): a governed event without a subject of its own combines with
 * the governing verb through PETRARCH-2's internal values (p2codes.c):
 * "intends to help" → 033, "wants to attack" → 138, "declined to help"
 * → 070, while an uncoded modal passes the event up unchanged ("will
 * help" → 070) and NOT/N'T/NEVER negates it ("will not help" → none). A
 * `~` transformation rewrites a reported or intended event first ("a says
 * a attacked b" → a b 015). Asking another to act is the asking, by §3's
 * "a (b . L) U" ("asked the US to ease sanctions" → 0254). A governed
 * clause with its own subject, or under a verb that has its own target
 * ("visits North Korea [to strengthen ties]"), keeps its own event, but
 * an infinitive under a verb with its own object did not happen.
 *
 * Beyond the reference, for news text: conditions and clauses of a time
 * still to come ("if Beijing does not agree", "before he meets Trump")
 * code nothing, and what depends on a condition is threatened or promised;
 * could/might/may code nothing; a verb with an object and a predicate
 * adjective ("called Kim's demands reasonable") is in its labelling sense,
 * which only its patterns code, not its plain code (CALL = telephone); a
 * verb negated in its own phrase ("never attacked") gives nothing; and
 * actors joined by "between" ("talks between A and B broke down") act on
 * each other. docs/coder.md "PETRARCH-2 dialect" has the whole list.
 */
#include "lang/tree.h"
#include "code/p2.h"
#include "code/p2_clause.h"
#include "code/p2_match.h"
#include "code/p2codes.h"
#include "code/event.h"

#include <string.h>

/* At most this many events are collected under one verb phrase. */
#define MAX_EVENTS 16

/* 0xFFFF: what negation subtracts from an internal value (§3). */
#define NEGATE 0xFFFFL

/* One event found under a VP, before its code is mapped back. */
typedef struct p2ev {
    int32_t source, target;  /* NE indexes, -1 none */
    int own_source;          /* the source is its clause's own subject */
    int infinitive;          /* it reached its governor through TO ("urged X [to leave]") */
    int participle;          /* it comes from a participle clause ("..., raising tariffs") */
    long value;              /* internal value (p2codes.c) */
    int has_value;           /* the code has an internal value */
    const char *code;        /* the code as the dictionary gave it */
    const char *code_b;      /* the second half of an A:B pair, or NULL */
    int combined;            /* value holds a combination: map it back */
    int32_t verb_first, verb_last;
    uint32_t pattern, verb;
    unsigned flags;
    dy_word verb_root;       /* for transformations */
} p2ev;

typedef struct p2list {
    p2ev v[MAX_EVENTS];
    int n;
} p2list;

static const dy_node *NODE(const dy_p2 *p, int32_t i)
{
    return &p->t->node[i];
}

static int is_verb_tag(int tag)
{
    return tag >= DY_VB && tag <= DY_VBZ;
}

static int null_code(const char *code)
{
    return !code || !*code || !strcmp(code, "---");
}

static void push(p2list *l, const p2ev *e)
{
    if (l->n < MAX_EVENTS)
        l->v[l->n++] = *e;
}

static dy_word verb_root_word(const dy_p2 *p, uint32_t verb)
{
    const dy_verb *v = &p->d->verb[verb];
    size_t n;
    const dy_word *w = dy_dict_phrase_words(p->d, v->root, &n);
    return v->root_pos < n ? w[v->root_pos] : 0;
}

/* ------------------------------------------------------------------ */
/* Governed verb phrases                                                */

static void code_vp(dy_p2 *p, int32_t vp, int32_t inherited, p2list *out);

/* The verb phrases of clause node sn, with subject as their governor's. */
static void governed_clause(dy_p2 *p, int32_t sn, int32_t subject, p2list *out)
{
    for (int32_t g = NODE(p, sn)->child; g >= 0; g = NODE(p, g)->next)
        if (NODE(p, g)->label == DY_VP)
            code_vp(p, g, subject, out);
}

/* The events of the VPs governed by vp (child VPs, the VPs of clauses
 * under it); *negated when a NOT/N'T/NEVER child precedes them. */
static void governed(dy_p2 *p, int32_t vp, int32_t subject, p2list *out, int *negated)
{
    *negated = 0;
    int neg = 0;
    for (int32_t k = NODE(p, vp)->child; k >= 0; k = NODE(p, k)->next) {
        const dy_node *kn = NODE(p, k);
        neg |= dy_p2_negation(p, k);
        if (kn->label == DY_VP) {
            *negated |= neg;
            code_vp(p, k, subject, out);
        } else if (kn->label == DY_S) {
            int first = out->n;
            governed_clause(p, k, subject, out);
            for (int i = first; i < out->n; i++)
                out->v[i].participle = dy_p2_participle(p, k) == DY_VBG;
        } else if (kn->label == DY_SBAR && !dy_p2_unreal(p, k)) {
            for (int32_t g = kn->child; g >= 0; g = NODE(p, g)->next)
                if (NODE(p, g)->label == DY_S)
                    governed_clause(p, g, subject, out);
        }
    }
}

/* Is a negation before the verb inside its own phrase ("never attacked")? */
static int negated_itself(const dy_p2 *p, int32_t vp, int32_t verb)
{
    for (int32_t k = NODE(p, vp)->child; k >= 0 && NODE(p, k)->last <= verb; k = NODE(p, k)->next)
        if (dy_p2_negation(p, k))
            return 1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Transformations                                                      */

/* Does variable v of a transformation's inner source fit event l under u? */
static int inner_source_fits(char v, char a, const p2ev *u, const p2ev *l)
{
    if (v == '.')
        return 1;
    if (v == '_')
        return !l->own_source;
    if (v == a)
        return !l->own_source || l->source == u->source;
    return l->own_source && l->source >= 0 && l->source != u->source;
}

/* The NE a result variable stands for. */
static int32_t variable_ne(const dy_transform *t, char v, const p2ev *u, const p2ev *l)
{
    if (v == t->a)
        return u->source;
    if (v == t->b)
        return l->source;
    if (v == t->c)
        return l->target;
    return -1;
}

/* Apply the first `~` transformation that fits outer event u over inner
 * event l (§3: "~ a (b c V2) V1 = x y CODE"); 1 if one did. */
static int transform(const dy_p2 *p, const p2ev *u, const p2ev *l, p2ev *out)
{
    for (uint32_t i = 0; i < p->d->ntransforms; i++) {
        const dy_transform *t = &p->d->transform[i];
        if ((t->v1 && t->v1 != u->verb_root) || (t->v2 && t->v2 != l->verb_root))
            continue;
        if (!inner_source_fits(t->b, t->a, u, l))
            continue;
        if ((t->c == '_' && l->target >= 0) ||
            (t->c != '_' && t->c != '.' && l->target < 0))
            continue;
        *out = *l;
        out->source = variable_ne(t, t->x, u, l);
        out->target = variable_ne(t, t->y, u, l);
        out->verb_root = u->verb_root; /* now a saying, not an attack, to the verbs above */
        if (t->code != DY_STR_EMPTY) {
            out->code = dy_dict_str(p->d, t->code);
            out->code_b = NULL;
            out->combined = 0;
        }
        return 1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* One verb                                                             */

/* Is code of roots 03-06 (intend, consult, cooperate), the acts §3 makes
 * mutual among several sources? */
static int mutual_code(const char *code)
{
    return code && code[0] == '0' && code[1] >= '3' && code[1] <= '6';
}

/* Explain why a verb gave what it gave (kept only for `dyad explain`). */
static void note(dy_p2 *p, const p2ev *me, int32_t leaf, const char *why)
{
    dy_verb_note n = {leaf, me->verb, me->pattern, me->code, (me->flags & DY_EVENT_PASSIVE) != 0,
                      me->source, me->target, 0, why};
    dy_tabari_note(p->c, &n);
}

/* The event of the verb itself: pattern, code and roles. */
static void code_verb(dy_p2 *p, const dy_p2_clause *cl, uint32_t form, int32_t vfirst,
                      int32_t vlast, p2ev *me)
{
    const dy_verb *v = &p->d->verb[p->d->form[form].verb];
    dy_p2_match m;
    dy_p2_match_block(p, &p->d->block[v->block], cl, &m);
    memset(me, 0, sizeof *me);
    me->pattern = m.pattern;
    me->verb = p->d->form[form].verb;
    me->verb_first = vfirst;
    me->verb_last = vlast;
    me->verb_root = verb_root_word(p, me->verb);
    me->own_source = cl->own_subject;
    me->flags = (m.pattern != DY_NO_INDEX ? DY_EVENT_PATTERN : 0) |
                (cl->passive ? DY_EVENT_PASSIVE : 0);
    if (m.pattern != DY_NO_INDEX) {
        const dy_pattern *pat = &p->d->pattern[m.pattern];
        me->code = dy_dict_str(p->d, pat->code_a);
        if (pat->flags & DY_PATTERN_PAIRED)
            me->code_b = dy_dict_str(p->d, pat->code_b);
    } else if (cl->complement >= 0 && dy_p2_predicative(p, cl->complement)) {
        me->code = "---"; /* "called X reasonable": not a telephone call */
    } else {
        const char *code = dy_dict_str(p->d, v->code);
        const char *colon = strchr(code, ':');
        me->code = colon ? dy_arena_strndup(p->s->arena, code, (size_t)(colon - code)) : code;
        me->code_b = colon ? colon + 1 : NULL;
    }
    me->value = dy_p2_value(me->code, strlen(me->code), &me->has_value);
    int place;
    dy_p2_default_roles(p, cl, &me->source, &me->target, &place);
    if (place && mutual_code(me->code))
        me->target = -1; /* "met in Hanoi": where, not with whom */
    if (m.source >= 0) {
        if (m.target < 0 && me->target == m.source) {
            int32_t subj = dy_p2_np_ne(p, cl->subject);
            me->target = subj != m.source ? subj : -1;
        }
        me->source = m.source;
    }
    if (m.target >= 0)
        me->target = m.target;
}

/* An uncoded verb (a modal, an auxiliary, TO): its governed events go up,
 * negated if a negation precedes them. */
static void pass_up(const p2list *lower, int negated, int to, p2list *out)
{
    for (int i = 0; i < lower->n; i++) {
        p2ev e = lower->v[i];
        e.infinitive |= to;
        if (negated) {
            e.value -= NEGATE;
            e.combined = 1;
        }
        push(out, &e);
    }
}

/* Is code an appeal (root 02) or a demand (root 10): the acts of asking
 * another to do something? */
static int asking(const char *code)
{
    return code && ((code[0] == '0' && code[1] == '2') || (code[0] == '1' && code[1] == '0'));
}

/*
 * Who is asked or urged to do governed event l, when me appeals or demands
 * and l is an infinitive whose doer is not me's source: its own subject
 * ("asked [the United States] to ease sanctions"), or me's object ("urged
 * [Britain] to open the border", "called on [Y] to withdraw"). -1
 * otherwise ("delayed a U.S. request [to increase penalties]").
 */
static int32_t asked_to_do(const p2ev *me, const p2ev *l, int own_target)
{
    if (!l->infinitive || (me->flags & DY_EVENT_PASSIVE) || !asking(me->code))
        return -1;
    if (l->own_source && l->source >= 0 && l->source != me->source)
        return l->source;
    if (!l->own_source && own_target)
        return me->target;
    return -1;
}

/*
 * The event of asking doer to do l: not l itself, which did not happen,
 * but me's source acting on doer with §3's "a (b . L) U" rule: a material
 * act (L < 0x1000) combines with the governing code ("asked the United
 * States to ease sanctions" → 0254, appeal for easing of sanctions); a
 * verbal one, or a combination that names no code, leaves the governing
 * code ("called on Y to withdraw" → 020).
 */
static p2ev request(const p2ev *me, const p2ev *l, int32_t doer)
{
    p2ev r = *me;
    r.target = doer;
    r.code_b = NULL;
    r.combined = 1;
    r.value = me->value;
    if (l->has_value && l->value < 0x1000) {
        long v = dy_p2_combine(me->value, l->value);
        if (dy_p2_code(v))
            r.value = v;
    }
    return r;
}

/* The governing event me over the governed events: transformations, then
 * §3's combination; governed events that cannot combine stand alone. */
static void combine_lower(const dy_p2 *p, const p2ev *me, const p2list *lower, int negated,
                          p2list *out)
{
    p2list res = {.n = 0};
    int used = 0;
    int own_target = dy_p2_ne_coded(p, me->target);
    for (int i = 0; i < lower->n; i++) {
        p2ev l = lower->v[i], t;
        if (transform(p, me, &l, &t)) {
            push(&res, &t);
            used = 1;
            continue;
        }
        if (null_code(me->code) || !me->has_value) {
            l.infinitive = l.participle = 0;
            push(&res, &l);
            used |= null_code(me->code);
            continue;
        }
        int32_t doer = asked_to_do(me, &l, own_target);
        if (doer >= 0) {
            p2ev r = request(me, &l, doer);
            push(&res, &r);
            used = 1;
            continue;
        }
        if (own_target && l.infinitive && !l.own_source && !(me->flags & DY_EVENT_PASSIVE))
            continue; /* "delayed a U.S. request [to increase penalties]": not done */
        if ((l.own_source && l.source != me->source) || own_target || !l.has_value) {
            /* "intensified his fight with China, [threatening to tax more
               goods]": how the main act was done, so with its partner */
            if (l.participle && own_target && !dy_p2_ne_coded(p, l.target))
                l.target = me->target;
            l.infinitive = l.participle = 0;
            push(&res, &l);
            continue;
        }
        p2ev comb = l;
        comb.source = me->source;
        comb.own_source = me->own_source;
        if (comb.target < 0)
            comb.target = me->target;
        comb.value = dy_p2_combine(negated ? 0 : me->value, negated ? l.value - NEGATE : l.value);
        comb.combined = 1;
        comb.infinitive = comb.participle = 0;
        comb.code_b = NULL;
        push(&res, &comb);
        used = 1;
    }
    /* the verb's own event first: the events come out in reading order */
    if (!used && (!null_code(me->code) || (me->code_b && *me->code_b)))
        push(out, me);
    for (int i = 0; i < res.n; i++)
        push(out, &res.v[i]);
}

/* The event of a dictionary verb heading vp, with the events it governs. */
static void code_own(dy_p2 *p, const dy_p2_clause *cl, int32_t vp, int32_t leaf, uint32_t form,
                     int32_t vfirst, int32_t vlast, const p2list *lower, int negated, p2list *out)
{
    p2ev me;
    code_verb(p, cl, form, vfirst, vlast, &me);
    const char *why = lower->n ? "governs other verbs: combined with them, or they stand alone"
                               : "coded from its clause";
    if (me.pattern == DY_NO_INDEX && !strcmp(me.code, "---") && cl->complement >= 0 &&
        dy_p2_predicative(p, cl->complement))
        why = "a predicate adjective after its object ('called X reasonable'): the labelling "
              "sense, which only the verb's patterns code";
    if (negated_itself(p, vp, leaf) && me.has_value) {
        me.value -= NEGATE;
        me.combined = 1;
        why = "negated in its own phrase ('never attacked'): no event";
    }
    note(p, &me, leaf, why);
    combine_lower(p, &me, lower, negated, out);
}

/* Is leaf a modal of mere possibility (could, might, may)? */
static int hedged(const dy_p2 *p, int32_t leaf)
{
    if (leaf < 0 || p->t->leaf[leaf].tag != DY_MD)
        return 0;
    const char *w = p->t->leaf[leaf].upper;
    return !strcmp(w, "COULD") || !strcmp(w, "MIGHT") || !strcmp(w, "MAY");
}

/* Does a condition ("if ...", "unless ...") hang from vp or its clause? */
static int conditional(const dy_p2 *p, int32_t vp)
{
    static const char *const cond[] = {"IF", "UNLESS"};
    int32_t up = NODE(p, vp)->parent;
    int32_t where[2] = {vp, up >= 0 && NODE(p, up)->label == DY_S ? up : -1};
    for (int i = 0; i < 2 && where[i] >= 0; i++)
        for (int32_t k = NODE(p, where[i])->child; k >= 0; k = NODE(p, k)->next) {
            const dy_node *kn = NODE(p, k);
            if (kn->label != DY_SBAR || kn->first >= kn->last)
                continue;
            for (size_t c = 0; c < 2; c++)
                if (!strcmp(p->t->leaf[kn->first].upper, cond[c]))
                    return 1;
        }
    return 0;
}

/*
 * The events of a clause that depends on a condition did not happen; they
 * are promised or threatened: "will impose sanctions unless ..." combines
 * with threaten (130: 132), "will help if ..." with intend (030: 033).
 * Conflict is a code of CAMEO root 10 or above.
 */
static void make_conditional(p2list *out, int first)
{
    for (int i = first; i < out->n; i++) {
        p2ev *e = &out->v[i];
        const char *code = e->combined ? dy_p2_code(e->value) : e->code;
        if (!code || !(e->combined || e->has_value))
            continue;
        int found;
        long u = dy_p2_value(code[0] >= '1' ? "130" : "030", 3, &found);
        e->value = dy_p2_combine(u, e->value);
        e->combined = 1;
        e->code_b = NULL;
    }
}

/* Code one VP and what it governs into out. */
static void code_vp(dy_p2 *p, int32_t vp, int32_t inherited, p2list *out)
{
    p->done[vp] = 1;
    int32_t leaf = dy_p2_head_verb(p, vp);
    uint32_t form = DY_NO_INDEX;
    int32_t vfirst = leaf, vlast = leaf;
    if (leaf >= 0 && is_verb_tag(p->t->leaf[leaf].tag))
        form = dy_tabari_find_form(p->c, leaf, &vfirst, &vlast);
    dy_p2_clause cl;
    dy_p2_read_clause(p, vp, leaf, inherited, &cl);
    p2list lower = {.n = 0};
    int negated = 0;
    governed(p, vp, cl.subject, &lower, &negated);
    int first = out->n;
    if (form == DY_NO_INDEX)
        pass_up(&lower, negated, leaf >= 0 && p->t->leaf[leaf].tag == DY_TO, out);
    else
        code_own(p, &cl, vp, leaf, form, vfirst, vlast, &lower, negated, out);
    if (hedged(p, leaf))
        out->n = first; /* "could impose sanctions": a possibility, no event */
    else if (conditional(p, vp))
        make_conditional(out, first);
    /* a subject of this clause is the governor's business no more: for
       the verbs above, these events have their own source */
    for (int i = first; i < out->n && cl.own_subject; i++)
        out->v[i].own_source = 1;
}


/* ------------------------------------------------------------------ */
/* Output                                                               */

/* Is compound ne the object of "between"/"among" ("talks between A and B")? */
static int between(const dy_p2 *p, int32_t ne)
{
    const dy_ne *e = &p->s->ne[ne];
    if (e->nmember < 2)
        return 0;
    int32_t before = p->s->ne[e->member].first - 1;
    if (before < 0)
        return 0;
    const char *w = p->t->leaf[before].upper;
    return !strcmp(w, "BETWEEN") || !strcmp(w, "AMONG");
}

static void emit(dy_p2 *p, const p2ev *e)
{
    const char *code = e->combined ? dy_p2_code(e->value) : e->code;
    if (!code)
        return;
    int32_t target = e->target;
    /* several sources, no target, a code of roots 03-06 (§3): they act on
       each other ("China and Russia agreed to cooperate"); so do actors
       the words join by "between" ("talks between A and B broke down") */
    if (target < 0 && e->source >= 0 && p->s->ne[e->source].nmember > 1 &&
        (mutual_code(code) || between(p, e->source)))
        target = e->source;
    dy_raw_event r = {NULL, NULL, NULL, e->source, target, e->verb_first, e->verb_last,
                      e->pattern, e->verb, e->flags};
    dy_tabari_emit(p->c, &r, e->source, target, *code ? code : NULL, e->code_b);
}

/* Code every verb phrase below node not coded yet; nothing inside a
 * condition or an actor phrase. */
static void visit(dy_p2 *p, int32_t node)
{
    const dy_node *n = NODE(p, node);
    if (n->leaf >= 0 || p->s->in_ne[node] || dy_p2_unreal(p, node))
        return;
    if (n->label == DY_VP && !p->done[node]) {
        p2list out = {.n = 0};
        code_vp(p, node, -1, &out);
        for (int i = 0; i < out.n; i++)
            emit(p, &out.v[i]);
    }
    for (int32_t k = n->child; k >= 0; k = NODE(p, k)->next)
        visit(p, k);
}

/* Code the sentence in c->s with the PETRARCH-2 dialect patterns. */
void dy_p2_code_sentence(dy_tabari_ctx *c)
{
    if (c->s->t->root < 0)
        return;
    dy_p2 p;
    dy_p2_init(&p, c);
    visit(&p, c->s->t->root);
}
