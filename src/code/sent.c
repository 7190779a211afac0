/*
 * sent.c — from a phrase tree to actor phrases (CODING-RULES §0, NE formation).
 *
 * A noun phrase becomes an actor phrase (NE) when it has no noun phrase
 * inside it, or has one of three larger shapes the reference coder also
 * reads as one actor:
 *   X 's Y                      (NP (NP X 's) Y...)        → words X Y
 *   head with one PP            (NP (NP head) (PP p (NP o))) → head p o
 *   an NP with a relative clause (NP (NP x) (SBAR ...))   → all its words
 * A noun phrase with exactly one CC, no VP or S, and at least two nominal
 * children is a compound (NEC): one member NE per conjunct. Any other noun
 * phrase is looked into, and its inner noun phrases are tried in turn.
 */
#include "code/sent.h"

#include <ctype.h>
#include <string.h>

static const dy_node *N(const dy_sent *s, int32_t i)
{
    return &s->t->node[i];
}

static int is_np(const dy_sent *s, int32_t n)
{
    return N(s, n)->label == DY_NP;
}

static int is_noun_tag(int label)
{
    return label == DY_NN || label == DY_NNS || label == DY_NNP || label == DY_NNPS;
}

/* True for a leaf that counts as a word: it starts with a letter (§2.3). */
int dy_sent_is_word(const dy_leaf *leaf)
{
    return leaf->ulen > 0 && (isalpha((unsigned char)leaf->upper[0]) ||
                              (unsigned char)leaf->upper[0] >= 0x80);
}

/*
 * True if leaf is a comma that bounds clauses: one not inside a noun
 * phrase. Commas inside an NP ("Osgiliath, the state's fiercest foe,",
 * "complete, full ties") belong to the phrase, as in the reference coder.
 */
int dy_sent_is_comma(const dy_sent *s, int32_t leaf)
{
    return s->t->leaf[leaf].tag == DY_COMMA && !s->in_np[leaf];
}

static void mark_in_np(dy_sent *s, int32_t n, int under)
{
    under |= is_np(s, n);
    if (N(s, n)->leaf >= 0) {
        s->in_np[N(s, n)->leaf] = (uint8_t)under;
        return;
    }
    for (int32_t c = N(s, n)->child; c >= 0; c = N(s, c)->next)
        mark_in_np(s, c, under);
}

static int has_np_below(const dy_sent *s, int32_t n)
{
    for (int32_t c = N(s, n)->child; c >= 0; c = N(s, c)->next)
        if (is_np(s, c) || has_np_below(s, c))
            return 1;
    return 0;
}

/* Children of n with the given label. */
static int count_children(const dy_sent *s, int32_t n, int label)
{
    int k = 0;
    for (int32_t c = N(s, n)->child; c >= 0; c = N(s, c)->next)
        k += N(s, c)->label == label;
    return k;
}

static int is_compound(const dy_sent *s, int32_t n)
{
    if (count_children(s, n, DY_CC) != 1)
        return 0;
    int nominal = 0;
    for (int32_t c = N(s, n)->child; c >= 0; c = N(s, c)->next) {
        int l = N(s, c)->label;
        if (l == DY_VP || l == DY_S || l == DY_SBAR)
            return 0;
        nominal += l == DY_NP || is_noun_tag(l);
    }
    return nominal >= 2;
}

static dy_ne *new_ne(dy_sent *s, int32_t node, int32_t first, int32_t last)
{
    dy_ne *e = &s->ne[s->nne++];
    memset(e, 0, sizeof *e);
    e->node = node;
    e->first = first;
    e->last = last;
    e->parent = -1;
    e->actor_leaf = -1;
    e->actor_end = -1;
    e->actor = 0xFFFFFFFFu;
    e->word = DY_ARENA_NEW(s->arena, int32_t, (size_t)(last - first) * 2 + 2);
    return e;
}

/* Append the leaves of node n (possessive markers left out) to e's words. */
static void add_words(dy_sent *s, dy_ne *e, int32_t n)
{
    for (int32_t i = N(s, n)->first; i < N(s, n)->last; i++) {
        if (s->t->leaf[i].tag == DY_POS)
            continue;
        e->word[e->nword++] = i;
    }
}

static void claim_leaves(dy_sent *s, int32_t ne, int32_t first, int32_t last, int outer)
{
    for (int32_t i = first; i < last; i++) {
        if (outer)
            s->ne_of[i] = ne;
        s->mem_of[i] = ne;
        if (s->t->leaf[i].tag == DY_POS)
            s->gone[i] = 1;
    }
}

static void mark_in_ne(dy_sent *s, int32_t n)
{
    s->in_ne[n] = 1;
    for (int32_t c = N(s, n)->child; c >= 0; c = N(s, c)->next)
        mark_in_ne(s, c);
}

/* A plain NE from all the words of node n. */
static int32_t make_plain(dy_sent *s, int32_t n, int outer)
{
    dy_ne *e = new_ne(s, n, N(s, n)->first, N(s, n)->last);
    add_words(s, e, n);
    int32_t id = (int32_t)(e - s->ne);
    claim_leaves(s, id, e->first, e->last, outer);
    mark_in_ne(s, n);
    return id;
}

/* X 's Y: the first child is an NP without inner NP ending in a possessive. */
static int is_possessive(const dy_sent *s, int32_t n)
{
    int32_t c = N(s, n)->child;
    if (c < 0 || !is_np(s, c) || has_np_below(s, c))
        return 0;
    int32_t lastleaf = N(s, c)->last - 1;
    if (lastleaf < N(s, c)->first || s->t->leaf[lastleaf].tag != DY_POS)
        return 0;
    for (int32_t d = N(s, c)->next; d >= 0; d = N(s, d)->next)
        if (is_np(s, d) || has_np_below(s, d) || N(s, d)->label == DY_PP)
            return 0;
    return 1;
}

/* (NP (NP head) (PP (IN p) (NP object))): the object's node, or -1. */
static int32_t head_pp_object(const dy_sent *s, int32_t n)
{
    int32_t head = N(s, n)->child;
    if (head < 0 || !is_np(s, head))
        return -1;
    if (has_np_below(s, head) && !is_possessive(s, head))
        return -1;
    int32_t pp = N(s, head)->next;
    if (pp < 0 || N(s, pp)->label != DY_PP || N(s, pp)->next >= 0)
        return -1;
    int32_t prep = N(s, pp)->child;
    if (prep < 0 || (N(s, prep)->label != DY_IN && N(s, prep)->label != DY_TO))
        return -1;
    int32_t obj = N(s, prep)->next;
    if (obj < 0 || !is_np(s, obj) || N(s, obj)->next >= 0)
        return -1;
    if (has_np_below(s, obj) && !is_compound(s, obj) && !is_possessive(s, obj))
        return -1;
    return obj;
}

/* (NP (NP x) (SBAR ...)) and the like: an NP whose clause is part of it. */
static int has_sbar(const dy_sent *s, int32_t n)
{
    int32_t c = N(s, n)->child;
    if (c < 0 || !is_np(s, c) || has_np_below(s, c))
        return 0;
    for (int32_t d = N(s, c)->next; d >= 0; d = N(s, d)->next)
        if (N(s, d)->label == DY_SBAR)
            return 1;
    return 0;
}

static void visit(dy_sent *s, int32_t n);
static int32_t make_compound(dy_sent *s, int32_t n, const int32_t *prefix, int32_t nprefix,
                             int32_t span_first, int32_t span_last, int32_t outer_node);

/* The member words of a compound's conjunct c, after a shared prefix. */
static void member_from_node(dy_sent *s, int32_t c, dy_ne *m)
{
    if (is_np(s, c) && has_np_below(s, c)) {
        int32_t obj = head_pp_object(s, c);
        if (obj >= 0 || is_possessive(s, c) || has_sbar(s, c)) {
            add_words(s, m, c);
            return;
        }
    }
    add_words(s, m, c);
}

/*
 * Build compound node n as an NEC. prefix: words shared by every member
 * (an enclosing "Lawmakers in"), spanning [span_first, span_last).
 */
static int32_t make_compound(dy_sent *s, int32_t n, const int32_t *prefix, int32_t nprefix,
                             int32_t span_first, int32_t span_last, int32_t outer_node)
{
    dy_ne *nec = new_ne(s, outer_node, span_first, span_last);
    int32_t id = (int32_t)(nec - s->ne);
    for (int32_t i = 0; i < nprefix; i++)
        nec->word[nec->nword++] = prefix[i];
    claim_leaves(s, id, span_first, span_last, 1);
    mark_in_ne(s, outer_node);
    nec->member = s->nne;

    /* bare-noun conjuncts: split at commas and the CC; leading modifiers
       (before the first noun) go into every member */
    int any_np = 0;
    for (int32_t c = N(s, n)->child; c >= 0; c = N(s, c)->next)
        any_np |= is_np(s, c);
    int32_t lead[64];
    int32_t nlead = 0;
    if (!any_np) {
        int32_t c = N(s, n)->child;
        while (c >= 0 && !is_noun_tag(N(s, c)->label) && N(s, c)->label != DY_CC &&
               N(s, c)->label != DY_COMMA) {
            if (nlead < 64 && N(s, c)->leaf >= 0)
                lead[nlead++] = N(s, c)->leaf;
            c = N(s, c)->next;
        }
        dy_ne *m = NULL;
        for (; c >= 0; c = N(s, c)->next) {
            int l = N(s, c)->label;
            if (l == DY_CC || l == DY_COMMA) {
                m = NULL;
                continue;
            }
            if (!m) {
                m = new_ne(s, -1, N(s, c)->first, N(s, c)->last);
                m->parent = id;
                m->word = DY_ARENA_NEW(s->arena, int32_t, (size_t)(nprefix + nlead) +
                                       (size_t)(N(s, n)->last - N(s, n)->first) + 2);
                for (int32_t i = 0; i < nprefix; i++)
                    m->word[m->nword++] = prefix[i];
                for (int32_t i = 0; i < nlead; i++)
                    m->word[m->nword++] = lead[i];
            }
            m->last = N(s, c)->last;
            add_words(s, m, c);
            claim_leaves(s, (int32_t)(m - s->ne), N(s, c)->first, N(s, c)->last, 0);
        }
    } else {
        for (int32_t c = N(s, n)->child; c >= 0; c = N(s, c)->next) {
            int l = N(s, c)->label;
            if (l != DY_NP && !is_noun_tag(l))
                continue;
            dy_ne *m = new_ne(s, c, N(s, c)->first, N(s, c)->last);
            m->parent = id;
            m->word = DY_ARENA_NEW(s->arena, int32_t, (size_t)nprefix +
                                   (size_t)(N(s, c)->last - N(s, c)->first) + 2);
            for (int32_t i = 0; i < nprefix; i++)
                m->word[m->nword++] = prefix[i];
            member_from_node(s, c, m);
            claim_leaves(s, (int32_t)(m - s->ne), m->first, m->last, 0);
        }
    }
    s->ne[id].nmember = s->nne - s->ne[id].member;
    return id;
}

static int is_adjective_tag(int l)
{
    return l == DY_JJ || l == DY_JJR || l == DY_JJS || l == DY_NNP || l == DY_NNPS;
}

/*
 * The conjunct leaves of "Russian and Chinese bombers": an NP without inner
 * NP whose modifiers are adjectives joined by one CC (directly or in an
 * ADJP), followed by a noun. Fills conj[] (at most max) and returns their
 * number, or 0 if n has not that shape. *after is the first leaf after
 * the coordination.
 */
static int adjective_conjuncts(const dy_sent *s, int32_t n, int32_t *conj, int max, int32_t *after)
{
    if (has_np_below(s, n))
        return 0;
    int32_t coord = -1; /* the node holding the CC: n itself or an ADJP child */
    if (count_children(s, n, DY_CC) == 1)
        coord = n;
    for (int32_t c = N(s, n)->child; c >= 0 && coord < 0; c = N(s, c)->next)
        if (N(s, c)->label == DY_ADJP && count_children(s, c, DY_CC) == 1)
            coord = c;
    if (coord < 0)
        return 0;
    int k = 0, seen_cc = 0;
    int32_t last = -1;
    for (int32_t c = N(s, coord)->child; c >= 0; c = N(s, c)->next) {
        int l = N(s, c)->label;
        if (l == DY_CC) {
            seen_cc = 1;
            continue;
        }
        if (l == DY_COMMA || l == DY_DT)
            continue;
        if (is_adjective_tag(l) && N(s, c)->leaf >= 0) {
            if (k < max)
                conj[k++] = N(s, c)->leaf;
            last = N(s, c)->leaf;
            if (seen_cc && coord == n)
                break; /* the noun after the last conjunct is the head */
            continue;
        }
        if (coord != n || !seen_cc)
            return 0;
        break;
    }
    if (!seen_cc || k < 2 || last < 0)
        return 0;
    *after = coord == n ? last + 1 : N(s, coord)->last;
    /* a noun must follow: the phrase's head */
    for (int32_t i = *after; i < N(s, n)->last; i++)
        if (is_noun_tag(s->t->leaf[i].tag))
            return k;
    return 0;
}

/* Is the word before the NP's own CC an adjective? */
static int first_conjunct_is_adjective(const dy_sent *s, int32_t n)
{
    int32_t prev = -1;
    for (int32_t c = N(s, n)->child; c >= 0; c = N(s, c)->next) {
        if (N(s, c)->label == DY_CC)
            return prev >= 0 && (N(s, prev)->label == DY_JJ || N(s, prev)->label == DY_JJR ||
                                 N(s, prev)->label == DY_JJS);
        if (N(s, c)->label != DY_COMMA)
            prev = c;
    }
    return 0;
}

/* "Russian and Chinese bombers" → members RUSSIAN BOMBERS, CHINESE BOMBERS. */
static int make_adjective_compound(dy_sent *s, int32_t n)
{
    int32_t conj[16], after = -1;
    int k = adjective_conjuncts(s, n, conj, 16, &after);
    if (k < 2)
        return 0;
    dy_ne *nec = new_ne(s, n, N(s, n)->first, N(s, n)->last);
    int32_t id = (int32_t)(nec - s->ne);
    add_words(s, nec, n);
    nec->adjectival = 1;
    claim_leaves(s, id, nec->first, nec->last, 1);
    mark_in_ne(s, n);
    nec->member = s->nne;
    for (int j = 0; j < k; j++) {
        dy_ne *m = new_ne(s, -1, conj[j], conj[j] + 1);
        m->parent = id;
        m->word = DY_ARENA_NEW(s->arena, int32_t, (size_t)(N(s, n)->last - N(s, n)->first) + 2);
        for (int32_t i = N(s, n)->first; i < conj[0]; i++)
            if (s->t->leaf[i].tag == DY_DT)
                m->word[m->nword++] = i;
        m->word[m->nword++] = conj[j];
        for (int32_t i = after; i < N(s, n)->last; i++)
            if (s->t->leaf[i].tag != DY_POS)
                m->word[m->nword++] = i;
        s->mem_of[conj[j]] = (int32_t)(m - s->ne);
    }
    s->ne[id].nmember = s->nne - s->ne[id].member;
    return 1;
}

/*
 * Turn compound ne back into one plain NE over all its words (an
 * adjectival compound whose members do not name two actors).
 */
void dy_sent_dissolve(dy_sent *s, int32_t ne)
{
    dy_ne *e = &s->ne[ne];
    for (int32_t i = e->first; i < e->last; i++)
        s->mem_of[i] = ne;
    e->nmember = 0;
    e->adjectival = 0;
}

/* The leaf word of preterminal node n, or "". */
static const char *leaf_word(const dy_sent *s, int32_t n)
{
    return n >= 0 && N(s, n)->leaf >= 0 ? s->t->leaf[N(s, n)->leaf].upper : "";
}

/* The NP object of PP node pp if its preposition is `prep`, else -1. */
static int32_t pp_object(const dy_sent *s, int32_t pp, const char *prep)
{
    if (pp < 0 || N(s, pp)->label != DY_PP)
        return -1;
    int32_t k = N(s, pp)->child;
    if (k < 0 || strcmp(leaf_word(s, k), prep) != 0)
        return -1;
    for (k = N(s, k)->next; k >= 0; k = N(s, k)->next)
        if (is_np(s, k))
            return k;
    return -1;
}

/*
 * "China, accompanied by Russia," / "China, joined by Russia," / "China
 * along with Russia": the companion acts with the head, so the phrase is
 * a compound of the two (an extension for news; the reference coder reads
 * only "and"). Returns the companion's NP node, or -1.
 */
static int32_t companion(const dy_sent *s, int32_t n)
{
    int32_t head = N(s, n)->child;
    if (head < 0 || !is_np(s, head))
        return -1;
    int32_t k = N(s, head)->next;
    if (k >= 0 && N(s, k)->label == DY_COMMA)
        k = N(s, k)->next;
    if (k < 0)
        return -1;
    int32_t vp = k;
    if (N(s, vp)->label == DY_S)
        vp = N(s, vp)->child;
    if (vp >= 0 && N(s, vp)->label == DY_VP) {
        int32_t v = N(s, vp)->child;
        const char *w = leaf_word(s, v);
        if (v >= 0 && N(s, v)->label == DY_VBN &&
            (!strcmp(w, "ACCOMPANIED") || !strcmp(w, "JOINED")))
            return pp_object(s, N(s, v)->next, "BY");
        return -1;
    }
    if (N(s, k)->label == DY_ADVP && (!strcmp(leaf_word(s, N(s, k)->child), "ALONG") ||
                                      !strcmp(leaf_word(s, N(s, k)->child), "TOGETHER")))
        return pp_object(s, N(s, k)->next, "WITH");
    if (N(s, k)->label == DY_PP) {
        int32_t a = N(s, k)->child;
        const char *w = leaf_word(s, a);
        if (a >= 0 && (!strcmp(w, "ALONG") || !strcmp(w, "TOGETHER")) && N(s, a)->next >= 0 &&
            !strcmp(leaf_word(s, N(s, a)->next), "WITH")) {
            for (int32_t o = N(s, N(s, a)->next)->next; o >= 0; o = N(s, o)->next)
                if (is_np(s, o))
                    return o;
        }
    }
    return -1;
}

/* Make NP n a compound of its head NP and companion NP y. */
static void make_companion(dy_sent *s, int32_t n, int32_t y)
{
    dy_ne *nec = new_ne(s, n, N(s, n)->first, N(s, n)->last);
    int32_t id = (int32_t)(nec - s->ne);
    claim_leaves(s, id, N(s, n)->first, N(s, n)->last, 1);
    mark_in_ne(s, n);
    nec->member = s->nne;
    int32_t part[2] = {N(s, n)->child, y};
    for (int i = 0; i < 2; i++) {
        int32_t c = part[i];
        dy_ne *m = new_ne(s, c, N(s, c)->first, N(s, c)->last);
        m->parent = id;
        member_from_node(s, c, m);
        claim_leaves(s, (int32_t)(m - s->ne), m->first, m->last, 0);
    }
    s->ne[id].nmember = s->nne - s->ne[id].member;
}

/* An NP: decide its shape (see the head comment). */
static void visit_np(dy_sent *s, int32_t n)
{
    /* "Arnorian and Gondor soldiers": adjectives first, not bare nouns */
    if (!has_np_below(s, n) && first_conjunct_is_adjective(s, n) &&
        make_adjective_compound(s, n))
        return;
    if (is_compound(s, n)) {
        make_compound(s, n, NULL, 0, N(s, n)->first, N(s, n)->last, n);
        return;
    }
    if (!has_np_below(s, n) && make_adjective_compound(s, n))
        return;
    if (!has_np_below(s, n) || is_possessive(s, n) || has_sbar(s, n)) {
        make_plain(s, n, 1);
        return;
    }
    int32_t with = companion(s, n);
    if (with >= 0 && !has_np_below(s, N(s, n)->child) && !has_np_below(s, with)) {
        make_companion(s, n, with);
        return;
    }
    int32_t obj = head_pp_object(s, n);
    if (obj >= 0) {
        if (is_compound(s, obj)) {
            int32_t nprefix = 0;
            int32_t *prefix = DY_ARENA_NEW(s->arena, int32_t,
                                           (size_t)(N(s, obj)->first - N(s, n)->first) + 1);
            for (int32_t i = N(s, n)->first; i < N(s, obj)->first; i++)
                if (s->t->leaf[i].tag != DY_POS)
                    prefix[nprefix++] = i;
            make_compound(s, obj, prefix, nprefix, N(s, n)->first, N(s, n)->last, n);
        } else {
            make_plain(s, n, 1);
        }
        return;
    }
    for (int32_t c = N(s, n)->child; c >= 0; c = N(s, c)->next)
        visit(s, c);
}

static void visit(dy_sent *s, int32_t n)
{
    if (N(s, n)->leaf >= 0)
        return;
    if (is_np(s, n)) {
        visit_np(s, n);
        return;
    }
    for (int32_t c = N(s, n)->child; c >= 0; c = N(s, c)->next)
        visit(s, c);
}

/*
 * Build the view of tree t: per-leaf tables and the NEs. Word ids (wid)
 * and codes are filled in later by the caller, which knows the dictionaries.
 */
void dy_sent_build(dy_sent *s, const dy_tree *t, dy_arena *arena)
{
    memset(s, 0, sizeof *s);
    s->t = t;
    s->arena = arena;
    size_t nl = (size_t)t->nleaf + 1, nn = (size_t)t->nnode + 1;
    s->wid = DY_ARENA_NEW(arena, dy_word, nl);
    s->ne_of = DY_ARENA_NEW(arena, int32_t, nl);
    s->mem_of = DY_ARENA_NEW(arena, int32_t, nl);
    s->gone = DY_ARENA_NEW(arena, uint8_t, nl);
    s->cut = DY_ARENA_NEW(arena, uint8_t, nl);
    s->in_np = DY_ARENA_NEW(arena, uint8_t, nl);
    s->in_ne = DY_ARENA_NEW(arena, uint8_t, nn);
    s->pre = DY_ARENA_NEW(arena, int32_t, nl);
    for (int32_t i = 0; i < t->nnode; i++)
        if (t->node[i].leaf >= 0 && t->node[i].leaf < t->nleaf)
            s->pre[t->node[i].leaf] = i;
    for (size_t i = 0; i < nl; i++)
        s->ne_of[i] = s->mem_of[i] = -1;
    s->ne_cap = (int32_t)(nl + nn);
    s->ne = DY_ARENA_NEW(arena, dy_ne, (size_t)s->ne_cap);
    if (t->root >= 0) {
        mark_in_np(s, t->root, 0);
        visit(s, t->root);
    }
}

/* ------------------------------------------------------------------ */
/* Prepositions: where an actor phrase stands in its clause             */

/* The preposition heading PP node pp (upper-cased), or NULL. */
const char *dy_sent_pp_prep(const dy_sent *s, int32_t pp)
{
    int32_t k = N(s, pp)->child;
    if (k < 0 || N(s, k)->leaf < 0 || (N(s, k)->label != DY_IN && N(s, k)->label != DY_TO))
        return NULL;
    return s->t->leaf[N(s, k)->leaf].upper;
}

static int in_list(const char *w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(w, list[i]) == 0)
            return 1;
    return 0;
}

/* Does the preposition say where something is or happens ("in Hanoi",
 * "at the White House", "over the Sea of Japan")? */
int dy_sent_prep_is_place(const char *prep)
{
    static const char *const place[] = {
        "IN", "AT", "NEAR", "OVER", "INSIDE", "OUTSIDE", "AROUND", "ALONG", "ACROSS", "OFF",
        "WITHIN", "THROUGHOUT", "BESIDE", "ABOVE", "BELOW", "BEYOND", "UNDER", "NEARBY"};
    return prep && in_list(prep, place, sizeof place / sizeof place[0]);
}

/* Place, time or topic: the object is not who an act is done to ("talks
 * on the negotiations", "after the summit", "during the visit"). */
int dy_sent_prep_is_weak(const char *prep)
{
    static const char *const other[] = {
        "ON", "AMID", "AMIDST", "AMONG", "DURING", "AFTER", "BEFORE", "SINCE", "UNTIL",
        "DESPITE", "ABOUT", "REGARDING", "CONCERNING", "LIKE", "VIA", "THROUGH"};
    return dy_sent_prep_is_place(prep) || (prep && in_list(prep, other, sizeof other / sizeof other[0]));
}

/*
 * The preposition of the PP NE ne hangs from within its clause ("in" of
 * "met in Hanoi"), or NULL for a subject, an object, or an NE that is a PP
 * object only inside a larger noun phrase.
 */
const char *dy_sent_ne_prep(const dy_sent *s, int32_t ne)
{
    const dy_ne *e = &s->ne[ne];
    int32_t node = e->node;
    if (node < 0 && e->parent >= 0)
        node = s->ne[e->parent].node;
    if (node < 0)
        return NULL;
    for (int32_t p = N(s, node)->parent; p >= 0; p = N(s, p)->parent) {
        if (N(s, p)->label == DY_PP)
            return dy_sent_pp_prep(s, p);
        if (N(s, p)->label != DY_NP)
            return NULL;
    }
    return NULL;
}

/* Does the preposition say where something goes ("troops to Syria")? */
int dy_sent_prep_is_direction(const char *prep)
{
    static const char *const dir[] = {"TO", "TOWARD", "TOWARDS", "INTO", "ONTO", "AGAINST"};
    return prep && in_list(prep, dir, sizeof dir / sizeof dir[0]);
}

/*
 * Where leaf stands inside the phrase below node top: DY_PP_PLACE inside a
 * place PP ("Hong Kong" of "police in Hong Kong"), DY_PP_DIRECTION inside a
 * PP of direction ("South Sudan" of "peacekeepers to South Sudan"), else 0.
 * The innermost such PP decides.
 */
int dy_sent_leaf_pp(const dy_sent *s, int32_t leaf, int32_t top)
{
    if (top < 0 || leaf < 0 || leaf >= s->t->nleaf)
        return 0;
    for (int32_t p = N(s, s->pre[leaf])->parent; p >= 0 && p != top; p = N(s, p)->parent) {
        if (N(s, p)->label != DY_PP)
            continue;
        const char *prep = dy_sent_pp_prep(s, p);
        if (dy_sent_prep_is_place(prep))
            return DY_PP_PLACE;
        if (dy_sent_prep_is_direction(prep))
            return DY_PP_DIRECTION;
    }
    return 0;
}
