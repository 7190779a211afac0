/*
 * tabari.c — the TABARI-dialect coder for one sentence (CODING-RULES §1–§2).
 *
 * Verb candidates are visited in reading order: every VP whose first word
 * is a verb form of the dictionary (§2.1), read in the passive voice when a
 * VBN with WAS/IS/BEEN before it and BY after it follows (§2.2). For each,
 * the words before it back to the start or the nearest surviving comma are
 * UPPER, the words after it to the end of its VP are LOWER, and the block's
 * patterns are tried in file order (§1). Source and target come from the
 * pattern's $ and + or from the default roles (§2.4); events are the cross
 * product of their codes (§2.5). After a verb that gave a code, the rest of
 * its VP is not looked at, so a reported clause is not coded again — but
 * for a participle clause set off by a comma (", raising tariffs ... and
 * threatening to ..."), which says what else the subject did: its verbs
 * are coded too, and its words are not part of the main verb's LOWER.
 */
#include "lang/tree.h"
#include "code/tabari.h"
#include "code/event.h"
#include "code/actors.h"

#include <string.h>

/* The live leaves of a side, in matching order (UPPER: nearest the verb first). */
typedef struct seq {
    int32_t *item;
    int32_t n;
} seq;

/* What a pattern match binds. */
typedef struct binding {
    int32_t source, target; /* NE indexes, -1 unbound */
} binding;

static const dy_node *NODE(const dy_tabari_ctx *c, int32_t i)
{
    return &c->s->t->node[i];
}

static int32_t first_live_child(const dy_tabari_ctx *c, int32_t node);
static int unreal_clause(const dy_tabari_ctx *c, int32_t node);

static int is_verb_tag(int tag)
{
    return tag >= DY_VB && tag <= DY_VBZ;
}

static int word_is(const dy_tabari_ctx *c, int32_t leaf, const char *w)
{
    return strcmp(c->s->t->leaf[leaf].upper, w) == 0;
}

/* ------------------------------------------------------------------ */
/* Sequences                                                            */

/* UPPER: the live words before the verb, back to the start or the nearest
 * live comma, at most DY_TABARI_MAX_SIDE of them. */
static void build_upper(const dy_tabari_ctx *c, int32_t verb_first, seq *q)
{
    dy_sent *s = c->s;
    q->item = DY_ARENA_NEW(s->arena, int32_t, DY_TABARI_MAX_SIDE);
    q->n = 0;
    for (int32_t i = verb_first - 1; i >= 0 && q->n < DY_TABARI_MAX_SIDE; i--) {
        if (s->gone[i])
            continue;
        if (dy_sent_is_comma(s, i))
            break;
        q->item[q->n++] = i;
    }
}

/* LOWER: the live words of [after, end), at most DY_TABARI_MAX_SIDE. */
static void build_lower(const dy_tabari_ctx *c, int32_t after, int32_t end, seq *q)
{
    dy_sent *s = c->s;
    q->item = DY_ARENA_NEW(s->arena, int32_t, DY_TABARI_MAX_SIDE);
    q->n = 0;
    for (int32_t i = after; i < end && q->n < DY_TABARI_MAX_SIDE; i++)
        if (!s->gone[i])
            q->item[q->n++] = i;
}

/* ------------------------------------------------------------------ */
/* Matching one side (§1 "Matching")                                    */

/* Does synset member phrase p match at q->item[k] (reversed on UPPER)? */
static int member_matches(const dy_tabari_ctx *c, uint32_t p, const seq *q, int32_t k,
                          int reversed, int32_t *used)
{
    size_t n;
    const dy_word *w = dy_dict_phrase_words(c->d, p, &n);
    if (n == 0 || k + (int32_t)n > q->n)
        return 0;
    for (size_t j = 0; j < n; j++) {
        dy_word want = reversed ? w[n - 1 - j] : w[j];
        if (c->s->wid[q->item[k + (int32_t)j]] != want)
            return 0;
    }
    *used = (int32_t)n;
    return 1;
}

static int synset_matches(const dy_tabari_ctx *c, uint32_t sid, const seq *q, int32_t k,
                          int reversed, int32_t *used)
{
    if (sid >= c->d->nsynsets)
        return 0;
    const dy_synset *sy = &c->d->synset[sid];
    for (uint32_t m = 0; m < sy->nmembers; m++)
        if (member_matches(c, c->d->synset_member[sy->members + m], q, k, reversed, used))
            return 1;
    return 0;
}

enum { TOK_NONE, TOK_SOURCE, TOK_TARGET, TOK_COMPOUND, TOK_SKIP };

static int token_kind(const dy_tabari_ctx *c, const dy_pelem *e)
{
    switch (e->kind) {
    case DY_PE_SOURCE: return TOK_SOURCE;
    case DY_PE_TARGET: return TOK_TARGET;
    case DY_PE_COMPOUND: return TOK_COMPOUND;
    case DY_PE_SKIP: return TOK_SKIP;
    case DY_PE_WORD:
        /* one-character pattern words behave as tokens (§1 "Matching") */
        return strlen(dy_dict_word_str(c->d, e->id)) == 1 ? TOK_COMPOUND : TOK_NONE;
    default: return TOK_NONE;
    }
}

/* Does element e match at q->item[k]? *used: items consumed. */
static int elem_matches(const dy_tabari_ctx *c, const dy_pelem *e, int tok, const seq *q,
                        int32_t k, int reversed, int32_t *used)
{
    *used = 1;
    if (tok != TOK_NONE)
        return c->s->mem_of[q->item[k]] >= 0;
    if (e->kind == DY_PE_WORD)
        return c->s->wid[q->item[k]] == e->id;
    if (e->kind == DY_PE_SYNSET)
        return synset_matches(c, e->id, q, k, reversed, used);
    return 0;
}

/* After a ^: move k past the end of the NE at or after k. */
static int32_t skip_ne(const dy_tabari_ctx *c, const seq *q, int32_t k)
{
    while (k < q->n && c->s->mem_of[q->item[k]] < 0)
        k++;
    if (k >= q->n)
        return -1;
    int32_t ne = c->s->mem_of[q->item[k]];
    while (k < q->n && c->s->mem_of[q->item[k]] == ne)
        k++;
    return k;
}

/*
 * Match elements el[0..n) (nearest the verb first) against q, greedily.
 * Returns 1 and fills b on success.
 */
static int match_side(const dy_tabari_ctx *c, const dy_pelem *const *el, int32_t n,
                      const seq *q, int reversed, binding *b)
{
    int32_t k = 0;
    for (int32_t i = 0; i < n; i++) {
        const dy_pelem *e = el[i];
        int tok = token_kind(c, e);
        if (tok == TOK_SKIP) {
            k = skip_ne(c, q, k);
            if (k < 0)
                return 0;
            continue;
        }
        int32_t used = 0;
        if (e->conn == DY_CONN_ADJ) {
            if (k >= q->n || !elem_matches(c, e, tok, q, k, reversed, &used))
                return 0;
        } else {
            while (k < q->n && !elem_matches(c, e, tok, q, k, reversed, &used))
                k++;
            if (k >= q->n)
                return 0;
        }
        if (tok == TOK_SOURCE)
            b->source = c->s->mem_of[q->item[k]];
        else if (tok == TOK_TARGET)
            b->target = c->s->mem_of[q->item[k]];
        k += used;
    }
    return 1;
}

static int match_pattern(const dy_tabari_ctx *c, const dy_pattern *p, const seq *up,
                         const seq *low, binding *b)
{
    const dy_pelem *el[256];
    if (p->nupper > 256 || p->nlower > 256)
        return 0;
    b->source = b->target = -1;
    for (uint32_t i = 0; i < p->nupper; i++)
        el[i] = &c->d->pelem[p->upper + p->nupper - 1 - i];
    if (!match_side(c, el, (int32_t)p->nupper, up, 1, b))
        return 0;
    for (uint32_t i = 0; i < p->nlower; i++)
        el[i] = &c->d->pelem[p->lower + i];
    return match_side(c, el, (int32_t)p->nlower, low, 0, b);
}

/* ------------------------------------------------------------------ */
/* Default roles (§2.4, with the news extensions described below)       */

static int ne_coded(const dy_ne *e)
{
    return e->nmember > 0 || e->ncode > 0;
}

/* One code of the NE (the first member's for a compound), or NULL. */
static const char *first_code(const dy_tabari_ctx *c, const dy_ne *e)
{
    if (e->nmember > 0) {
        for (int32_t m = 0; m < e->nmember; m++)
            if (c->s->ne[e->member + m].ncode > 0)
                return c->s->ne[e->member + m].code[0];
        return NULL;
    }
    return e->ncode > 0 ? e->code[0] : NULL;
}

/* How many actor codes a role's NE stands for (compound members, X/Y). */
static int32_t actor_count(const dy_tabari_ctx *c, int32_t ne)
{
    if (ne < 0)
        return 0;
    const dy_ne *e = &c->s->ne[ne];
    if (e->nmember == 0)
        return e->ncode;
    int32_t n = 0;
    for (int32_t m = 0; m < e->nmember; m++)
        n += c->s->ne[e->member + m].ncode;
    return n;
}

/*
 * Is candidate cand the source itself under another name? The reference
 * skips a target whose code begins with the source's (§2.4: GONGOV is not
 * a target of GON); and a government does not act on its own country:
 * the Chinese foreign ministry (CHNGOV) does not reject Beijing (CHN).
 */
static int starts_with_source(const dy_tabari_ctx *c, int32_t source, int32_t cand)
{
    if (source < 0)
        return 0;
    const dy_ne *s = &c->s->ne[source];
    const dy_ne *t = &c->s->ne[cand];
    if (s->nmember > 0 || s->ncode != 1 || t->nmember > 0 || t->ncode < 1)
        return 0;
    size_t tl = strlen(t->code[0]);
    return strncmp(t->code[0], s->code[0], strlen(s->code[0])) == 0 ||
           (t->ncode == 1 && strncmp(s->code[0], t->code[0], tl) == 0 &&
            strcmp(s->code[0] + tl, "GOV") == 0);
}

/*
 * Is the NE where or when something happens, or what it is about, rather
 * than who it happens to? Objects of place, time and topic prepositions
 * ("met in Hanoi", "signed at the White House", "patrol over the Sea of
 * Japan", "talks on the negotiations with the US") are weak targets: they
 * are taken only when no other actor is there, and never for a mutual act.
 */
static int ne_weak(const dy_tabari_ctx *c, int32_t ne)
{
    if (dy_sent_prep_is_weak(dy_sent_ne_prep(c->s, ne)))
        return 1;
    /* deeper in such a phrase too: "before [each of Kim's meetings with
       Trump]" says when, whatever the inner prepositions are */
    const dy_ne *e = &c->s->ne[ne];
    int32_t node = e->node >= 0 ? e->node : e->parent >= 0 ? c->s->ne[e->parent].node : -1;
    for (int32_t p = node >= 0 ? NODE(c, node)->parent : -1; p >= 0; p = NODE(c, p)->parent) {
        int l = NODE(c, p)->label;
        if (l == DY_PP && dy_sent_prep_is_weak(dy_sent_pp_prep(c->s, p)))
            return 1;
        if (l != DY_NP && l != DY_PP)
            return 0;
    }
    return 0;
}

/* An agent with no country ("---MIL"): a weaker target than a named actor. */
static int ne_agent_only(const dy_tabari_ctx *c, const dy_ne *e)
{
    const char *code = first_code(c, e);
    return code && strncmp(code, "---", 3) == 0;
}

/*
 * May NE ne take a role of the verb heading vp? An event reference ("the
 * attack" standing for the attacker, eventref.c) is the target only of the
 * verb whose object it is: "condemned the attack" acts on the attacker,
 * but in "hoped it would help restart the talks" the talks are restarted,
 * not helped, and no verb takes such a phrase as its source.
 */
static int role_allowed(const dy_tabari_ctx *c, int32_t ne, int32_t vp)
{
    const dy_ne *e = &c->s->ne[ne];
    if (!e->event_ref)
        return 1;
    int32_t p = NODE(c, e->node)->parent;
    while (p >= 0 && NODE(c, p)->label != DY_VP)
        p = NODE(c, p)->parent;
    return p == vp;
}

/* The first coded NE of UPPER in reading order, preferring one that is not
 * a place or time ("In Beijing Xi said": Xi), else the first NE (§2.4). */
static int32_t default_source(const dy_tabari_ctx *c, const seq *up)
{
    int32_t first = -1, weak = -1;
    for (int32_t k = up->n - 1; k >= 0; k--) {
        int32_t ne = c->s->ne_of[up->item[k]];
        if (ne < 0 || c->s->ne[ne].event_ref)
            continue;
        if (ne_coded(&c->s->ne[ne])) {
            if (!ne_weak(c, ne))
                return ne;
            if (weak < 0)
                weak = ne;
        }
        if (first < 0)
            first = ne;
    }
    return weak >= 0 ? weak : first;
}

/* Is the NE "each other" or "one another"? */
static int reciprocal(const dy_tabari_ctx *c, int32_t ne)
{
    const dy_ne *e = &c->s->ne[ne];
    if (e->nword != 2)
        return 0;
    return (word_is(c, e->word[0], "EACH") && word_is(c, e->word[1], "OTHER")) ||
           (word_is(c, e->word[0], "ONE") && word_is(c, e->word[1], "ANOTHER"));
}

/* Is code a mutual pair [A:A] ("040:040")? */
static int is_mutual(const char *code)
{
    const char *colon = strchr(code, ':');
    size_t n = colon ? (size_t)(colon - code) : 0;
    return n > 0 && strlen(colon + 1) == n && strncmp(code, colon + 1, n) == 0;
}

/* How the roles of one verb are chosen (see default_target). */
typedef struct role_ctx {
    int32_t vp;       /* the verb's phrase */
    int32_t source;
    int mutual;   /* an [A:A] code: a meeting, talks, an agreement */
    int group;    /* several source actors act among themselves */
    int32_t displaced; /* the outer clause's subject the source replaced
                          ("NATO said Kenyatta is expected to visit"): the
                          speaker is no target of what is reported; -1 */
} role_ctx;

enum { TIER_STRONG, TIER_PLACE, TIER_AGENT, TIER_NULL };

/* Is NE ne inside a participle clause adjoined to verb phrase vp
 * (", killing 78 people")? Such an actor belongs to that clause's verb;
 * for vp's verb it is only a fallback. (Objects of that-clauses and
 * infinitives, "demanded that the US stay out", are not affected.) */
static int in_participle_clause(const dy_tabari_ctx *c, int32_t ne, int32_t vp)
{
    const dy_ne *e = &c->s->ne[ne];
    int32_t node = e->node >= 0 ? e->node : e->parent >= 0 ? c->s->ne[e->parent].node : -1;
    for (int32_t p = node >= 0 ? NODE(c, node)->parent : -1; p >= 0 && p != vp;
         p = NODE(c, p)->parent) {
        const dy_node *n = NODE(c, p);
        if (n->label != DY_S || n->child < 0 || NODE(c, n->child)->label != DY_VP)
            continue;
        int32_t head = first_live_child(c, n->child);
        if (head >= 0 && NODE(c, head)->label == DY_VBG)
            return 1;
    }
    return 0;
}

/* Is NE ne inside a condition or a clause of a time still to come below
 * verb phrase vp ("threatening to tax goods if Beijing does not agree")?
 * Such an actor is what the condition is about, not whom vp's verb acts
 * on; for that verb it is only a fallback, as a place is. */
static int in_unreal_clause(const dy_tabari_ctx *c, int32_t ne, int32_t vp)
{
    const dy_ne *e = &c->s->ne[ne];
    int32_t node = e->node >= 0 ? e->node : e->parent >= 0 ? c->s->ne[e->parent].node : -1;
    for (int32_t p = node >= 0 ? NODE(c, node)->parent : -1; p >= 0 && p != vp;
         p = NODE(c, p)->parent)
        if (unreal_clause(c, p))
            return 1;
    return 0;
}

/* The tier of LOWER candidate ne, or -1 if it may not be the target. */
static int lower_tier(const dy_tabari_ctx *c, const role_ctx *r, int32_t ne)
{
    const dy_ne *e = &c->s->ne[ne];
    if (ne == r->source || !role_allowed(c, ne, r->vp))
        return -1;
    if (!ne_coded(e) || !first_code(c, e))
        return TIER_NULL; /* a compound of null members ("tear gas and water cannon") too */
    if (starts_with_source(c, r->source, ne))
        return -1;
    int weak = ne_weak(c, ne) || in_participle_clause(c, ne, r->vp) ||
               in_unreal_clause(c, ne, r->vp);
    if (r->group)
        return !weak && !ne_agent_only(c, e) ? TIER_STRONG : -1;
    if (ne_agent_only(c, e))
        return weak && r->mutual ? -1 : TIER_AGENT;
    if (weak)
        return r->mutual ? -1 : TIER_PLACE;
    return TIER_STRONG;
}

/*
 * The target (§2.4): the reference's order — coded NEs of LOWER, a null
 * NE of LOWER, coded NEs of UPPER nearest the verb first, a null NE of
 * UPPER — with coded NEs of LOWER ranked: a named actor first, then a
 * place, time or topic (not for mutual acts), then an agent with no
 * country. When several source actors may act among themselves (a mutual
 * act, or a 03-06 code, with "Xi and Kim" or "the two leaders" as source),
 * only a named actor that is no place, time or topic is a target;
 * otherwise there is none and the events go between the source's actors.
 */
static int32_t default_target(const dy_tabari_ctx *c, const seq *up, const seq *low,
                              const role_ctx *r)
{
    for (int tier = TIER_STRONG; tier <= TIER_NULL; tier++) {
        if (r->group && tier > TIER_STRONG)
            return -1;
        for (int32_t k = 0; k < low->n; k++) {
            int32_t ne = c->s->ne_of[low->item[k]];
            if (ne >= 0 && lower_tier(c, r, ne) == tier)
                return ne;
        }
    }
    for (int32_t k = 0; k < up->n; k++) {
        int32_t ne = c->s->ne_of[up->item[k]];
        if (ne >= 0 && ne != r->source && ne != r->displaced && ne_coded(&c->s->ne[ne]) &&
            role_allowed(c, ne, r->vp) && !starts_with_source(c, r->source, ne) &&
            !(r->mutual && ne_weak(c, ne)))
            return ne;
    }
    for (int32_t k = 0; k < up->n; k++) {
        int32_t ne = c->s->ne_of[up->item[k]];
        if (ne >= 0 && ne != r->source && ne != r->displaced && !ne_coded(&c->s->ne[ne]))
            return ne;
    }
    return -1;
}

/* The first coded NE among the leaves of node n (outermost NEs), or -1. */
static int32_t coded_ne_in(const dy_tabari_ctx *c, int32_t n)
{
    for (int32_t i = NODE(c, n)->first; i < NODE(c, n)->last; i++) {
        int32_t ne = c->s->ne_of[i];
        if (ne >= 0 && !c->s->gone[i] && ne_coded(&c->s->ne[ne]))
            return ne;
    }
    return -1;
}

/*
 * The noun-phrase subject of clause node p (its last NP before its first
 * VP), or -1. Every verb asks this of each clause above it, so it is kept
 * per node (c->subject): a clause of thousands of parts is read once, not
 * once per verb.
 */
static int32_t subject_of(const dy_tabari_ctx *c, int32_t p)
{
    if (c->subject[p] != -2)
        return c->subject[p];
    int32_t subj = -1;
    for (int32_t k = NODE(c, p)->child; k >= 0; k = NODE(c, k)->next) {
        if (NODE(c, k)->label == DY_VP)
            break;
        if (NODE(c, k)->label == DY_NP && !dy_sent_node_cut(c->s, k))
            subj = k;
    }
    c->subject[p] = subj;
    return subj;
}

/* The clause (S) the verb phrase belongs to, through coordinated VPs; -1. */
static int32_t clause_of(const dy_tabari_ctx *c, int32_t vp)
{
    int32_t p = NODE(c, vp)->parent;
    while (p >= 0 && NODE(c, p)->label == DY_VP)
        p = NODE(c, p)->parent;
    return p >= 0 && NODE(c, p)->label == DY_S ? p : -1;
}

/* Is NE ne inside the subject of a clause that contains clause cl? */
static int in_outer_subject(const dy_tabari_ctx *c, int32_t ne, int32_t cl)
{
    int32_t leaf = c->s->ne[ne].first;
    for (int32_t p = NODE(c, cl)->parent; p >= 0; p = NODE(c, p)->parent) {
        if (NODE(c, p)->label != DY_S)
            continue;
        int32_t subj = subject_of(c, p);
        if (subj >= 0 && leaf >= NODE(c, subj)->first && leaf < NODE(c, subj)->last)
            return 1;
    }
    return 0;
}

/*
 * The source when the reference's (the first actor of UPPER) is wrong on
 * the face of the tree; -1 to keep the reference's.
 *  - A participle modifying a noun phrase ("Trump, meeting with Kim in
 *    Vietnam, ...") has that noun phrase's head as its subject.
 *  - A clause with a subject of its own does not take the subject of the
 *    clause it is embedded in: in "Talks between the US and North Korea
 *    broke down after Trump rejected a deal", the rejecting is Trump's.
 *    (Only the outer subject gives way: the dev suite's COMMA-07 keeps the
 *    reference's first actor when it is no such subject.)
 */
static int32_t clause_subject(const dy_tabari_ctx *c, int32_t vp, int32_t ref)
{
    int32_t cl = clause_of(c, vp);
    if (cl < 0)
        return -1;
    int32_t subj = subject_of(c, cl);
    if (subj >= 0) {
        int32_t own = coded_ne_in(c, subj);
        return own >= 0 && ref >= 0 && own != ref && in_outer_subject(c, ref, cl) ? own : -1;
    }
    int32_t up = NODE(c, cl)->parent; /* a subject-less clause modifying an NP */
    if (up >= 0 && NODE(c, up)->label == DY_NP && NODE(c, up)->child >= 0 &&
        NODE(c, NODE(c, up)->child)->label == DY_NP && NODE(c, up)->child != cl)
        return coded_ne_in(c, NODE(c, up)->child);
    /* an infinitive or participle without a subject belongs to the
       nearest clause above that has one: "Xi said [China was willing [to
       help North Korea]]" — the help is China's, not the speaker's */
    for (int32_t p = up; p >= 0; p = NODE(c, p)->parent) {
        int l = NODE(c, p)->label;
        if (l == DY_S) {
            int32_t s2 = subject_of(c, p);
            if (s2 < 0)
                continue;
            int32_t own = coded_ne_in(c, s2);
            return own >= 0 && ref >= 0 && own != ref && in_outer_subject(c, ref, p) ? own : -1;
        }
        if (l != DY_VP && l != DY_ADJP && l != DY_ADVP)
            return -1;
    }
    return -1;
}

/*
 * "Trump, meeting with Kim in Vietnam, rejected a deal": when the verb
 * names no actor it acts on, and a participle modifying its subject coded
 * an event of that subject with someone, that someone is the partner (the
 * deal was Kim's). Returns the partner NE, or tgt unchanged. (A verb
 * coordinated with an earlier one does not take its partner: "protesters
 * rejected the council's announcement and vowed to stay in the streets"
 * vow nothing to the council.)
 */
static int32_t modifier_partner(const dy_tabari_ctx *c, int32_t src, int32_t tgt)
{
    if (src < 0 || c->s->ne[src].node < 0)
        return tgt;
    int32_t np = NODE(c, c->s->ne[src].node)->parent;
    if (np < 0 || NODE(c, np)->label != DY_NP)
        return tgt;
    for (int32_t i = 0; i < c->nev; i++) {
        const dy_raw_event *e = &c->ev[i];
        if (e->source_ne == src && e->target_ne >= 0 && e->target_ne != src &&
            e->verb_first >= NODE(c, np)->first && e->verb_first < NODE(c, np)->last &&
            !(e->flags & DY_EVENT_PAIRED))
            return e->target_ne;
    }
    return tgt;
}

/*
 * The subject a clause without its own takes: "Trump has intensified his
 * fight with China, raising tariffs ..." — raising's subject is Trump. From
 * the verb's VP, climb through subject-less clauses (and the VPs and PPs
 * holding them) to the first clause that has a noun-phrase subject; its
 * NE, or -1. A clause that has its own subject stops the climb.
 */
static int32_t controller(const dy_tabari_ctx *c, int32_t vp)
{
    int passed_clause = 0;
    for (int32_t p = NODE(c, vp)->parent; p >= 0; p = NODE(c, p)->parent) {
        const dy_node *n = NODE(c, p);
        if (n->label == DY_S || n->label == DY_SINV) {
            int32_t subj = subject_of(c, p);
            if (subj >= 0)
                return passed_clause ? c->s->ne_of[NODE(c, subj)->first] : -1;
            passed_clause = 1;
        } else if (n->label != DY_VP && n->label != DY_PP && n->label != DY_ADVP &&
                   n->label != DY_ADJP) {
            return -1;
        }
    }
    return -1;
}

/* ------------------------------------------------------------------ */
/* Events (§2.5, §2.6)                                                   */

/* "TEXT" for a null NE of at most new_actor_length words. */
static const char *new_actor_code(const dy_tabari_ctx *c, const dy_ne *e)
{
    int32_t words = 0;
    for (int32_t i = 0; i < e->nword; i++)
        words += !c->s->gone[e->word[i]] || c->s->t->leaf[e->word[i]].tag != DY_POS;
    if (c->new_actor_length <= 0 || words > c->new_actor_length || words == 0)
        return NULL;
    dy_buf b = DY_BUF_INIT;
    dy_buf_addc(&b, '"');
    for (int32_t i = 0; i < e->nword; i++) {
        const dy_leaf *l = &c->s->t->leaf[e->word[i]];
        if (l->tag == DY_POS)
            continue;
        if (b.len > 1)
            dy_buf_addc(&b, ' ');
        dy_buf_add(&b, l->upper, l->ulen);
    }
    dy_buf_addc(&b, '"');
    const char *r = dy_arena_strndup(c->s->arena, b.data, b.len);
    dy_buf_free(&b);
    return r;
}

/*
 * Does the NE name nobody in particular: an agent with no country after an
 * indefinite determiner ("a world leader", "an official", "some
 * soldiers")? With require_dyad such a role counts as missing: the event
 * would be between an actor and no one identifiable.
 */
static int nobody(const dy_tabari_ctx *c, const dy_ne *e)
{
    static const char *const indefinite[] = {"A", "AN", "SOME", "ANY", "ANOTHER", "OTHER"};
    if (e->ncode != 1 || strncmp(e->code[0], "---", 3) != 0 || e->nword == 0)
        return 0;
    for (size_t i = 0; i < sizeof indefinite / sizeof indefinite[0]; i++)
        if (word_is(c, e->word[0], indefinite[i]))
            return 1;
    return 0;
}

/* The codes a role's NE contributes: compounds their non-null members. */
static int32_t role_codes(const dy_tabari_ctx *c, int32_t ne, const char **out, int32_t max)
{
    int32_t n = 0;
    if (ne < 0) {
        out[n++] = "---";
        return n;
    }
    const dy_ne *e = &c->s->ne[ne];
    if (e->nmember > 0) {
        for (int32_t m = 0; m < e->nmember && n < max; m++) {
            const dy_ne *me = &c->s->ne[e->member + m];
            for (int32_t k = 0; k < me->ncode && n < max; k++)
                out[n++] = me->code[k];
        }
    } else if (!(c->require_dyad && nobody(c, e))) {
        for (int32_t k = 0; k < e->ncode && n < max; k++)
            out[n++] = e->code[k];
        if (n == 0) {
            const char *na = new_actor_code(c, e);
            if (na)
                out[n++] = na;
        }
    }
    if (n == 0)
        out[n++] = "---";
    return n;
}

static void push_event(dy_tabari_ctx *c, const dy_raw_event *r)
{
    if (c->require_dyad && (!strcmp(r->source, "---") || !strcmp(r->target, "---")))
        return;
    if (!strcmp(r->source, r->target))
        return;
    for (int32_t i = 0; i < c->nev; i++)
        if (!strcmp(c->ev[i].source, r->source) && !strcmp(c->ev[i].target, r->target) &&
            !strcmp(c->ev[i].code, r->code))
            return;
    if (c->nev == c->ev_cap) {
        int32_t cap = c->ev_cap ? c->ev_cap * 2 : 16;
        dy_raw_event *nev = DY_ARENA_NEW(c->s->arena, dy_raw_event, (size_t)cap);
        if (c->nev)
            memcpy(nev, c->ev, sizeof *nev * (size_t)c->nev);
        c->ev = nev;
        c->ev_cap = cap;
    }
    c->ev[c->nev++] = *r;
}

/*
 * Emit the cross product of the roles' codes (§2.5): source→target with
 * code_a (none if NULL or empty) and, for an [A:B] pair, target→source with
 * code_b. Returns the number of events kept.
 */
int dy_tabari_emit(dy_tabari_ctx *c, const dy_raw_event *proto, int32_t src, int32_t tgt,
                   const char *code_a, const char *code_b)
{
    const char *sc[64], *tc[64];
    int32_t ns = role_codes(c, src, sc, 64), nt = role_codes(c, tgt, tc, 64);
    int32_t before = c->nev;
    if (code_b && *code_b) {
        /* [A:B]: a side whose first code is --- takes the other side's list */
        if (!strcmp(sc[0], "---")) {
            memcpy(sc, tc, sizeof tc[0] * (size_t)nt);
            ns = nt;
        } else if (!strcmp(tc[0], "---")) {
            memcpy(tc, sc, sizeof sc[0] * (size_t)ns);
            nt = ns;
        }
    }
    for (int32_t i = 0; i < ns; i++)
        for (int32_t j = 0; j < nt; j++) {
            dy_raw_event r = *proto;
            r.source = sc[i];
            r.target = tc[j];
            r.code = code_a;
            if (code_a && *code_a)
                push_event(c, &r);
            if (code_b && *code_b) {
                r.source = tc[j];
                r.target = sc[i];
                r.source_ne = proto->target_ne;
                r.target_ne = proto->source_ne;
                r.code = code_b;
                r.flags |= DY_EVENT_PAIRED;
                push_event(c, &r);
            }
        }
    return c->nev - before;
}

/* Add the country code begins with to list (n entries); the new count. */
static int add_country(char (*list)[4], int n, int max, const char *code)
{
    if (!dy_code_country_prefix(code))
        return n;
    for (int i = 0; i < n && i < max; i++)
        if (!strncmp(list[i], code, 3))
            return n;
    if (n < max) {
        memcpy(list[n], code, 3);
        list[n][3] = 0;
    }
    return n + 1;
}

/*
 * Do the parties of a meeting (source and target, both with a country)
 * meet in a place of another country ("Trump and Kim met in Singapore")?
 * The place is an actor phrase of LOWER after a place preposition.
 */
static int third_location(dy_tabari_ctx *c, const seq *low, int32_t src, int32_t tgt)
{
    const char *sc[64], *tc[64];
    char party[8][4];
    int32_t ns = role_codes(c, src, sc, 64), nt = role_codes(c, tgt, tc, 64);
    int n = 0;
    for (int32_t i = 0; i < ns; i++) {
        if (!dy_code_country_prefix(sc[i]))
            return 0;
        n = add_country(party, n, 8, sc[i]);
    }
    for (int32_t i = 0; i < nt; i++) {
        if (!dy_code_country_prefix(tc[i]))
            return 0;
        n = add_country(party, n, 8, tc[i]);
    }
    if (n < 2 || n > 8)
        return 0;
    for (int32_t k = 0; k < low->n; k++) {
        int32_t ne = c->s->ne_of[low->item[k]];
        if (ne < 0 || ne == src || ne == tgt ||
            !dy_sent_prep_is_place(dy_sent_ne_prep(c->s, ne)))
            continue;
        const char *pc = first_code(c, &c->s->ne[ne]);
        if (pc && add_country(party, n, 8, pc) > n)
            return 1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Verbs (§2.1, §2.2)                                                    */

/* Does form f fit with its verb word at leaf vleaf? Sets the leaves it spans. */
static int form_fits(const dy_tabari_ctx *c, uint32_t fi, int32_t vleaf, int32_t *first,
                     int32_t *last)
{
    dy_sent *s = c->s;
    const dy_verb_form *f = &c->d->form[fi];
    size_t len;
    const dy_word *w = dy_dict_phrase_words(c->d, f->phrase, &len);
    int32_t lo = vleaf, hi = vleaf;
    for (int32_t k = (int32_t)f->pos - 1; k >= 0; k--) {
        int32_t j = lo - 1;
        while (j >= 0 && s->gone[j])
            j--;
        if (j < 0 || s->wid[j] != w[k])
            return 0;
        lo = j;
    }
    for (size_t k = (size_t)f->pos + 1; k < len; k++) {
        int32_t j = hi + 1;
        while (j < s->t->nleaf && s->gone[j])
            j++;
        if (j >= s->t->nleaf || s->wid[j] != w[k])
            return 0;
        hi = j;
    }
    *first = lo;
    *last = hi;
    return 1;
}

/*
 * The verb form of the dictionary at leaf (multi-word readings first: the
 * neighbour words must be the adjacent live leaves). When the leaf is the
 * first word of a multi-word verb whose inflected word comes later ("wire
 * tap", however the tagger read "tap"), that form is found too. Sets the
 * leaves the form spans; DY_NONE if the word starts no verb form.
 */
uint32_t dy_tabari_find_form(const dy_tabari_ctx *c, int32_t leaf, int32_t *first, int32_t *last)
{
    dy_sent *s = c->s;
    size_t n;
    const uint32_t *forms = dy_dict_forms_of(c->d, s->wid[leaf], &n);
    for (size_t i = 0; i < n; i++)
        if (form_fits(c, forms[i], leaf, first, last))
            return forms[i];
    int32_t j = leaf;
    for (int step = 0; step < 3; step++) {
        j++;
        while (j < s->t->nleaf && s->gone[j])
            j++;
        if (j >= s->t->nleaf)
            break;
        forms = dy_dict_forms_of(c->d, s->wid[j], &n);
        for (size_t i = 0; i < n; i++)
            if (c->d->form[forms[i]].pos > 0 && form_fits(c, forms[i], j, first, last) &&
                *first == leaf)
                return forms[i];
    }
    return DY_NONE;
}

/* The first live child of node (comma-cut children are skipped). */
static int32_t first_live_child(const dy_tabari_ctx *c, int32_t node)
{
    for (int32_t k = NODE(c, node)->child; k >= 0; k = NODE(c, k)->next)
        if (!dy_sent_node_cut(c->s, k))
            return k;
    return -1;
}

/* ------------------------------------------------------------------ */
/* Participle clauses: predications of the main subject                  */

/* Is vp a verb phrase headed by a present participle ("raising tariffs"),
 * or a coordination of such phrases ("raising ... and threatening ...")? */
static int participle_vp(const dy_tabari_ctx *c, int32_t vp)
{
    if (vp < 0 || NODE(c, vp)->label != DY_VP)
        return 0;
    int32_t head = first_live_child(c, vp);
    if (head < 0)
        return 0;
    if (NODE(c, head)->label == DY_VBG)
        return 1;
    int cc = 0;
    for (int32_t k = NODE(c, vp)->child; k >= 0; k = NODE(c, k)->next)
        cc |= NODE(c, k)->label == DY_CC && !dy_sent_node_cut(c->s, k);
    return cc && participle_vp(c, head);
}

/*
 * Is node a participle clause set off by a comma inside a verb phrase:
 * "Trump has intensified his fight with China, [raising tariffs ... and
 * threatening to tax ...]"? English uses it to say more things its main
 * subject did: each of its verbs is a predication of that subject, coded
 * on its own even when the verb it hangs from gave a code.
 */
static int predication_clause(const dy_tabari_ctx *c, int32_t node)
{
    const dy_node *n = NODE(c, node);
    if (n->label != DY_S || n->parent < 0 || NODE(c, n->parent)->label != DY_VP ||
        dy_sent_node_cut(c->s, node))
        return 0;
    int32_t prev = -1;
    for (int32_t k = NODE(c, n->parent)->child; k >= 0 && k != node; k = NODE(c, k)->next)
        if (!dy_sent_node_cut(c->s, k))
            prev = k;
    if (prev < 0 || NODE(c, prev)->label != DY_COMMA)
        return 0;
    int32_t vp = first_live_child(c, node);
    return vp >= 0 && participle_vp(c, vp);
}

/* The participle clause (above) whose verb phrase holds vp, or -1. */
static int32_t predication_of(const dy_tabari_ctx *c, int32_t vp)
{
    int32_t p = NODE(c, vp)->parent;
    while (p >= 0 && NODE(c, p)->label == DY_VP)
        p = NODE(c, p)->parent;
    return p >= 0 && predication_clause(c, p) ? p : -1;
}

/*
 * The partner of the verb phrase participle clause pc hangs from: of the
 * actors after its verb and before the clause, the first of the best tier
 * (lower_tier) for the clause's own verb (r), if that tier is better than
 * `own` (the tier of the clause's own target). "Trump has intensified his
 * fight with China, threatening to tax ... goods if Beijing does not
 * agree": the threat is to China, not to the condition's subject;
 * "raised tariffs on Chinese goods, threatening further measures": to
 * China. -1 if there is none.
 */
static int32_t host_partner(const dy_tabari_ctx *c, int32_t pc, const role_ctx *r, int own)
{
    int32_t host = NODE(c, pc)->parent;
    int32_t head = first_live_child(c, host);
    int32_t best = -1;
    int best_tier = own;
    if (head < 0)
        return -1;
    for (int32_t i = NODE(c, head)->last; i < NODE(c, pc)->first; i++) {
        int32_t ne = c->s->ne_of[i];
        int tier = ne >= 0 && !c->s->gone[i] ? lower_tier(c, r, ne) : -1;
        if (tier >= 0 && tier < best_tier && tier != TIER_NULL) {
            best = ne;
            best_tier = tier;
        }
    }
    return best;
}

/* Is code of CAMEO roots 18-20 (assault, fight, mass violence)? */
static int violent_code(const char *code)
{
    return code && code[0] && code[1] &&
           ((code[0] == '1' && (code[1] == '8' || code[1] == '9')) ||
            (code[0] == '2' && code[1] == '0'));
}

/*
 * Did the verb participle clause pc hangs from give a violent event? Then
 * a violent participle is its result, the same act told by its effect
 * ("detonated a car bomb at a checkpoint, killing 78 people"), not a
 * second act.
 */
static int host_violent(const dy_tabari_ctx *c, int32_t pc)
{
    int32_t host = NODE(c, pc)->parent;
    for (int32_t i = 0; i < c->nev; i++)
        if (c->ev[i].verb_first >= NODE(c, host)->first &&
            c->ev[i].verb_first < NODE(c, pc)->first && violent_code(c->ev[i].code))
            return 1;
    return 0;
}

/* Where LOWER of vp's verb ends: before the comma of its first participle
 * clause (that clause's words are its own verbs' material), else at the
 * end of vp. */
static int32_t lower_end(const dy_tabari_ctx *c, int32_t vp)
{
    int32_t prev = -1;
    for (int32_t k = NODE(c, vp)->child; k >= 0; k = NODE(c, k)->next) {
        if (predication_clause(c, k))
            return prev >= 0 ? NODE(c, prev)->first : NODE(c, k)->first;
        if (!dy_sent_node_cut(c->s, k))
            prev = k;
    }
    return NODE(c, vp)->last;
}

/* §2.2: a VBN after the VP's first verb, WAS/IS/BEEN before it, BY after it. */
static int32_t passive_verb(const dy_tabari_ctx *c, int32_t vp, int32_t first_verb)
{
    const dy_node *n = NODE(c, vp);
    dy_sent *s = c->s;
    int32_t vbn = -1;
    for (int32_t i = first_verb + 1; i < n->last; i++)
        if (!s->gone[i] && s->t->leaf[i].tag == DY_VBN) {
            vbn = i;
            break;
        }
    if (vbn < 0)
        return -1;
    int by = 0, be = 0;
    for (int32_t i = vbn + 1; i < n->last && !by; i++)
        by = !s->gone[i] && word_is(c, i, "BY");
    for (int32_t i = first_verb; i < vbn && !be; i++)
        be = !s->gone[i] && (word_is(c, i, "WAS") || word_is(c, i, "IS") ||
                             word_is(c, i, "BEEN"));
    return by && be ? vbn : -1;
}

/* Keep note n for `dyad explain` (only when the caller asked for notes). */
void dy_tabari_note(dy_tabari_ctx *c, const dy_verb_note *n)
{
    if (!c->note)
        return;
    if (c->nnote == c->note_cap) {
        int32_t cap = c->note_cap ? c->note_cap * 2 : 16;
        dy_verb_note *nn = DY_ARENA_NEW(c->s->arena, dy_verb_note, (size_t)cap);
        memcpy(nn, c->note, sizeof *nn * (size_t)c->nnote);
        c->note = nn;
        c->note_cap = cap;
    }
    c->note[c->nnote++] = *n;
}

static int is_null_code(const char *code)
{
    return !code || !*code || !strcmp(code, "---");
}

/*
 * Code the verb at leaf (the head of vp). Returns 1 if it gave a code
 * (then the rest of the VP is skipped), 0 if it was not a coded verb.
 */
static int code_verb(dy_tabari_ctx *c, int32_t vp, int32_t leaf, int passive)
{
    int32_t vfirst, vlast;
    uint32_t fi = dy_tabari_find_form(c, leaf, &vfirst, &vlast);
    if (fi == DY_NONE)
        return 0;
    const dy_verb *v = &c->d->verb[c->d->form[fi].verb];
    const dy_block *blk = &c->d->block[v->block];
    seq up, low;
    build_upper(c, vfirst, &up);
    build_lower(c, vlast + 1, lower_end(c, vp), &low);

    dy_verb_note note = {leaf, c->d->form[fi].verb, DY_NONE, NULL, passive, -1, -1, 0, NULL};
    binding b = {-1, -1};
    uint32_t pat = DY_NONE;
    for (uint32_t i = 0; i < blk->npatterns; i++) {
        const dy_pattern *p = &c->d->pattern[blk->patterns + i];
        if (p->dialect == DY_DIALECT_PETRARCH2)
            continue;
        if (match_pattern(c, p, &up, &low, &b)) {
            pat = blk->patterns + i;
            break;
        }
    }
    const char *code_a, *code_b = NULL;
    if (pat != DY_NONE) {
        const dy_pattern *p = &c->d->pattern[pat];
        code_a = dy_dict_str(c->d, p->code_a);
        if (p->flags & DY_PATTERN_PAIRED)
            code_b = dy_dict_str(c->d, p->code_b);
    } else {
        code_a = dy_dict_str(c->d, v->code);
        const char *colon = strchr(code_a, ':');
        if (colon) {
            code_b = colon + 1;
            code_a = dy_arena_strndup(c->s->arena, code_a, (size_t)(colon - code_a));
        }
    }
    note.pattern = pat;
    note.code = code_a;
    if (is_null_code(code_a)) {
        note.why = pat != DY_NONE ? "a [---] pattern matched: no event" : "the verb has no code";
        dy_tabari_note(c, &note);
        return 0;
    }
    int32_t pc = predication_of(c, vp);
    if (pc >= 0 && violent_code(code_a) && host_violent(c, pc)) {
        note.why = "the result of the violent act coded before it: no second event";
        dy_tabari_note(c, &note);
        return 1;
    }
    int32_t src = b.source, displaced = -1;
    if (src < 0 && pc >= 0)
        src = controller(c, vp); /* not an object of an earlier conjunct in UPPER */
    if (src < 0) {
        src = default_source(c, &up);
        int32_t own = passive ? -1 : clause_subject(c, vp, src);
        if (own >= 0) {
            displaced = src;
            src = own;
        }
    }
    if (src < 0)
        src = controller(c, vp);
    /* mutual: the code is [A:A], or the verb itself is (a meeting is
       mutual also when the pattern gives the intent code [036]) */
    role_ctx rc = {vp, src, (code_b && !strcmp(code_a, code_b)) ||
                                is_mutual(dy_dict_str(c->d, v->code)), 0, displaced};
    rc.group = actor_count(c, src) >= 2 &&
               (rc.mutual || (!code_b && code_a[0] == '0' && code_a[1] >= '3' && code_a[1] <= '6'));
    int32_t tgt = b.target >= 0 ? b.target : default_target(c, &up, &low, &rc);
    if (b.target < 0 && pc >= 0) {
        int own = tgt < 0 ? TIER_NULL + 1 : lower_tier(c, &rc, tgt);
        int32_t partner = host_partner(c, pc, &rc, own < 0 ? TIER_NULL + 1 : own);
        if (partner >= 0)
            tgt = partner;
    }
    if (b.target < 0 && (tgt < 0 || !ne_coded(&c->s->ne[tgt])))
        tgt = modifier_partner(c, src, tgt);
    if ((tgt < 0 && rc.group) || (tgt >= 0 && actor_count(c, src) >= 2 && reciprocal(c, tgt)))
        tgt = src; /* the source's actors with each other: pairs of different codes */
    note.source_ne = src;
    note.target_ne = tgt;
    if (src < 0 || tgt < 0) {
        note.why = src < 0 ? "no source" : "no target";
        dy_tabari_note(c, &note);
        return 1;
    }
    dy_raw_event proto = {NULL, NULL, NULL, src, tgt, vfirst, vlast, pat,
                          c->d->form[fi].verb, 0};
    if (pat != DY_NONE)
        proto.flags |= DY_EVENT_PATTERN;
    if (passive) {
        proto.flags |= DY_EVENT_PASSIVE;
        proto.source_ne = tgt;
        proto.target_ne = src;
        int32_t t = src;
        src = tgt;
        tgt = t;
    }
    if (!strcmp(code_a, "040") && (!code_b || !strcmp(code_b, "040")) &&
        third_location(c, &low, src, tgt)) {
        code_a = "044"; /* CAMEO: meet at a third location */
        code_b = code_b ? "044" : NULL;
    }
    note.nevents = dy_tabari_emit(c, &proto, src, tgt, code_a, code_b);
    note.why = note.nevents ? "coded" : "events dropped (require_dyad or same codes)";
    dy_tabari_note(c, &note);
    return 1;
}

/* The first verb phrase at or below node, in reading order, or -1. */
static int32_t first_vp(const dy_tabari_ctx *c, int32_t node)
{
    if (NODE(c, node)->label == DY_VP)
        return node;
    for (int32_t k = NODE(c, node)->child; k >= 0; k = NODE(c, k)->next) {
        int32_t v = first_vp(c, k);
        if (v >= 0)
            return v;
    }
    return -1;
}

/*
 * Does SBAR node open a clause that reports no event: a condition ("if
 * Beijing does not agree", "unless ...") or a time still to come, which
 * English puts in the present tense ("before he meets Trump", "when the
 * talks resume")? A past-tense time clause ("after the two sides
 * disagreed") reports an event and is coded.
 */
static int unreal_clause(const dy_tabari_ctx *c, int32_t node)
{
    static const char *const cond[] = {"IF", "UNLESS"};
    static const char *const when[] = {"BEFORE", "UNTIL", "TILL", "WHEN", "WHENEVER", "ONCE"};
    const dy_node *n = NODE(c, node);
    if (n->label != DY_SBAR || n->first >= n->last)
        return 0;
    const char *w = c->s->t->leaf[n->first].upper;
    for (size_t i = 0; i < sizeof cond / sizeof cond[0]; i++)
        if (!strcmp(w, cond[i]))
            return 1;
    int timed = 0;
    for (size_t i = 0; i < sizeof when / sizeof when[0]; i++)
        timed |= !strcmp(w, when[i]);
    int32_t vp = timed ? first_vp(c, node) : -1;
    int32_t head = vp >= 0 ? first_live_child(c, vp) : -1;
    if (head < 0 || NODE(c, head)->leaf < 0)
        return 0;
    int tag = NODE(c, head)->label;
    return tag == DY_VBZ || tag == DY_VBP || tag == DY_VB;
}

static void visit(dy_tabari_ctx *c, int32_t node, int unreal)
{
    const dy_node *n = NODE(c, node);
    if (c->s->in_ne[node] || n->leaf >= 0 || dy_sent_node_cut(c->s, node))
        return;
    unreal |= unreal_clause(c, node);
    if (n->label == DY_VP) {
        int32_t head = first_live_child(c, node);
        if (head >= 0 && NODE(c, head)->leaf >= 0 && is_verb_tag(NODE(c, head)->label)) {
            int32_t leaf = NODE(c, head)->leaf;
            int32_t first, last;
            uint32_t fi = unreal ? dy_tabari_find_form(c, leaf, &first, &last) : DY_NONE;
            if (fi != DY_NONE) {
                dy_verb_note note = {leaf, c->d->form[fi].verb, DY_NONE, "---", 0, -1, -1, 0,
                                     "in a condition or a time still to come: no event"};
                dy_tabari_note(c, &note);
            } else {
                int32_t pv = passive_verb(c, node, leaf);
                if ((pv >= 0 && code_verb(c, node, pv, 1)) ||
                    (pv < 0 && code_verb(c, node, leaf, 0))) {
                    /* the rest of a coded VP is skipped (§2.1), but for
                       the participle clauses that say what else its
                       subject did */
                    for (int32_t k = n->child; k >= 0; k = NODE(c, k)->next)
                        if (predication_clause(c, k))
                            visit(c, k, unreal);
                    return;
                }
            }
        }
    }
    for (int32_t k = n->child; k >= 0; k = NODE(c, k)->next)
        visit(c, k, unreal);
}

/*
 * Code the sentence of c->s (NEs built and coded, commas cut): events go
 * to c->ev, notes (if c->note was set non-NULL by the caller) to c->note.
 */
void dy_tabari_code(dy_tabari_ctx *c)
{
    if (c->s->t->root < 0)
        return;
    int32_t nnode = c->s->t->nnode;
    c->subject = DY_ARENA_NEW(c->s->arena, int32_t, (size_t)nnode);
    for (int32_t i = 0; i < nnode; i++)
        c->subject[i] = -2;
    visit(c, c->s->t->root, 0);
}
