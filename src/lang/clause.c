/*
 * clause.c — sentences and clauses (see parse.h).
 *
 * A clause is: adverbials (PP, SBAR, ADVP, a participle or a time NP,
 * each maybe followed by a comma), a subject NP, adverbs, and a VP. A
 * sentence is one or more clauses: joined by a conjunction, by a comma
 * or semicolon, or — the commonest news shape — a clause followed by the
 * attribution ", a senior official said.", which Penn Treebank writes as
 * (S (S clause) (, ,) (NP official) (VP said) (. .)).
 */
#include "lang/parse.h"

#include <string.h>

/* ---- token tests ------------------------------------------------------------ */

/* True at the end of the sentence or its final punctuation. */
int at_end(const parser *p, size_t i)
{
    if (i >= p->n)
        return 1;
    int t = tag_at(p, i);
    return (t == DY_PERIOD && (i + 1 >= p->n || at_end(p, i + 1))) ||
           ((t == DY_RQUOTE || t == DY_RRB) && i + 1 >= p->n);
}

/* Could token i begin a noun phrase? */
int np_starts(const parser *p, size_t i)
{
    int t = tag_at(p, i);
    if (quantity_prefix(p, i))
        return 1;   /* at least 30 people */
    if (is_noun(t) || t == DY_DT || t == DY_PDT || t == DY_PRPS || t == DY_WPS || t == DY_CD ||
        t == DY_PRP || t == DY_EX || t == DY_DOLLAR || t == DY_HASH || is_adjective(t))
        return 1;
    if (t == DY_RB && i + 1 < p->n) {
        int u = tag_at(p, i + 1);
        return u == DY_CD || u == DY_DT || (is_adjective(u) && np_starts(p, i + 2));
    }
    if (t == DY_VBN)
        return is_noun(tag_at(p, i + 1));   /* armed forces */
    if (t == DY_LQUOTE)
        return np_starts(p, i + 1);
    return 0;
}

/*
 * "told reporters Sweden must ...": a name after a bare plural right after
 * a verb of saying starts the reported clause; the plural is the object.
 */
int told_whom(const parser *p, size_t i)
{
    size_t verb = i + 1 + (tag_at(p, i + 1) == DY_NNP);   /* Sweden, South Korea */
    return i >= 2 && tag_at(p, i - 1) == DY_NNS && is_verb(tag_at(p, i - 2)) &&
           (flags_at(p, i - 2) & DY_LEX_SAY) && is_finite(tag_at(p, verb));
}

/* Skip the tokens an NP could be made of, from i; returns where it stops. */
static size_t skip_np(const parser *p, size_t i)
{
    size_t limit = i + 16, start = i;
    int pps = 0;
    if (tag_at(p, i) == DY_PRP || tag_at(p, i) == DY_EX)
        return i + 1;
    i += quantity_prefix(p, i);   /* up to 200 soldiers */
    while (i < p->n && i < limit) {
        int t = tag_at(p, i);
        if (t == DY_NNP && i > start && told_whom(p, i))
            break;   /* told reporters | Sweden must */
        if ((t == DY_DT || t == DY_PRPS) && i > start && is_noun(tag_at(p, i - 1)) &&
            !(tag_at(p, i - 1) == DY_NNP && tag_at(p, i + 1) == DY_NNP) &&
            !(flags_at(p, i + 1) & DY_LEX_TIME))
            break;   /* told reporters in Beirut | the group would (not Radagast the Brown,
                        the visit this week) */
        if (is_noun(t) || is_adjective(t) || t == DY_DT || t == DY_PDT || t == DY_PRPS ||
            t == DY_CD || t == DY_POS || t == DY_DOLLAR || t == DY_HASH ||
            ((t == DY_VBN || t == DY_VBG || t == DY_RB) && np_starts(p, i + 1)))
            i++;
        else if (t == DY_IN && np_starts(p, i + 1) && !(flags_at(p, i) & DY_LEX_SUB) &&
                 (word_at(p, i, "OF") || pps++ == 0))
            i++;
        else if (t == DY_CC && np_starts(p, i + 1) && tag_at(p, i + 1) != DY_PRP)
            i++;   /* China and the United States are ... */
        else
            break;
    }
    return i;
}

static int insertion_before_verb(const parser *p, size_t i);

/* Does a clause (subject NP and finite verb) start at token i? */
int clause_starts(const parser *p, size_t i)
{
    if (tag_at(p, i) == DY_LQUOTE)
        i++;
    if (!np_starts(p, i))
        return 0;
    size_t j = skip_np(p, i);
    if (j == i)
        return 0;
    if (insertion_before_verb(p, j))
        return 1;   /* Trump, meeting with Kim in Vietnam, rejected */
    while (is_adverb(tag_at(p, j)))
        j++;
    return is_finite(tag_at(p, j));
}

/*
 * From the comma at i: more noun phrases joined by commas and a
 * conjunction, then a finite verb ("..., Jordan and Saudi Arabia
 * condemned"): the rest of a subject.
 */
int list_then_verb(const parser *p, size_t i)
{
    size_t k = i;
    while (k < p->n && k < i + 40) {
        int t = tag_at(p, k);
        if (t == DY_COMMA || t == DY_CC)
            k++;
        else if (np_starts(p, k) && tag_at(p, k) != DY_PRP)
            k = skip_np(p, k);
        else
            break;
        if (k == i)
            break;
    }
    while (is_adverb(tag_at(p, k)))
        k++;
    return k > i + 1 && is_finite(tag_at(p, k));
}

/*
 * Like clause_starts, but a noun phrase set off by commas after the first
 * one ("Ali Shamkhani, the secretary of ..., held") is an appositive of
 * it, not an insertion of the clause.
 */
int clause_follows(const parser *p, size_t i)
{
    if (!clause_starts(p, i))
        return 0;
    size_t j = skip_np(p, tag_at(p, i) == DY_LQUOTE ? i + 1 : i);
    return !(tag_at(p, j) == DY_COMMA && np_starts(p, j + 1) && tag_at(p, j + 1) != DY_PRP);
}

/*
 * Does a finite verb come after i in the same clause (before a comma,
 * conjunction or subordinate clause)? A participle after a subject is a
 * reduced relative only then: "soldiers killed in the attack were ...".
 */
int finite_ahead(const parser *p, size_t i)
{
    int relative = 0;   /* 1: in "who shot ...", 2: past its verb */
    for (size_t j = i + 1; j < p->n && j < i + 40; j++) {
        int t = tag_at(p, j);
        if (is_finite(t) && relative == 1) {
            relative = 2;   /* a woman linked to X who shot ... was extradited */
            continue;
        }
        if (is_finite(t))
            return 1;
        if ((t == DY_WDT || t == DY_WP) && !relative) {
            relative = 1;
            continue;
        }
        if (t == DY_PERIOD || t == DY_COLON || t == DY_COMMA || t == DY_CC || t == DY_WDT ||
            t == DY_WP || ((t == DY_WRB || (t == DY_IN && (flags_at(p, j) & DY_LEX_SUB))) &&
                           !relative))
            return 0;
    }
    return 0;
}

/*
 * Does a clause start at i whose verb has no object ("Kyiv denied .",
 * "Kim has already taken ."): an object relative without "that"? Strict:
 * only if the clause ends there and its verb is not one of saying (for a
 * name after a noun, which is mostly what that noun is called).
 */
int object_gap_clause(const parser *p, size_t i, int strict)
{
    if (!clause_starts(p, i))
        return 0;
    size_t j = skip_np(p, i);
    uint32_t vflags = 0;
    const char *lemma = NULL;
    while (is_adverb(tag_at(p, j)) || tag_at(p, j) == DY_MD || is_verb(tag_at(p, j))) {
        vflags = flags_at(p, j);
        lemma = p->w[j++].lex.lemma[DY_LEX_V];
    }
    int t = tag_at(p, j);
    if (t == DY_RP)
        t = tag_at(p, ++j);
    /* "the news agency WFNA said, ..." is a name, not a gap; but "a charge
       Russia denied": a verb of saying that needs its object has its gap */
    int says = (vflags & DY_LEX_SAY) && lemma && (!strcmp(lemma, "SAY") || !strcmp(lemma, "ADD"));
    if (strict)
        return (at_end(p, j) || t == DY_COMMA) && !says;
    return (at_end(p, j) || t == DY_COMMA || t == DY_IN || t == DY_COLON ||
            (t == DY_TO && !starts_verb_group(p, j))) && !word_at(p, j, "THAT");
}

/* ---- clauses ------------------------------------------------------------------- */

/* SBAR: a complementizer or wh-word and its clause. */
int32_t parse_sbar(parser *p)
{
    int32_t sbar = pt_phrase(p, DY_SBAR);
    int t = tag_at(p, p->pos);
    if (t == DY_WDT || t == DY_WP) {
        int32_t wh = pt_wrap(p, DY_WHNP, pt_take(p));
        pt_add(p, sbar, wh);
    } else if (t == DY_WPS) {
        int32_t wh = pt_wrap(p, DY_WHNP, pt_take(p));
        while (p->pos < p->n && (is_noun(tag_at(p, p->pos)) || is_adjective(tag_at(p, p->pos))))
            pt_add(p, wh, pt_take(p));
        pt_add(p, sbar, wh);
    } else if (t == DY_WRB) {
        pt_add(p, sbar, pt_wrap(p, DY_WHADVP, pt_take(p)));
    } else if (t == DY_IN) {
        pt_add(p, sbar, pt_take(p));
    }
    int32_t s = parse_clause(p);
    pt_add(p, sbar, s);
    return sbar;
}

/* Adverbials before the subject; each may be followed by a comma. */
static int32_t clause_adverbial(parser *p)
{
    size_t i = p->pos;
    int t = tag_at(p, i);
    if (t == DY_IN || t == DY_TO || (t == DY_VBG && (flags_at(p, i) & DY_LEX_PREPV)))
        return parse_pp(p, NP_POBJ);
    if (t == DY_WRB)
        return parse_sbar(p);
    if (is_adverb(t) && !(flags_at(p, i) & DY_LEX_NEG))
        return parse_advp(p);
    if ((t == DY_VBG || t == DY_VBN) && !np_starts(p, i)) {
        /* Speaking to reporters, ...  /  Asked about it, ... */
        int32_t vp = parse_vp(p);
        return vp >= 0 ? pt_wrap(p, DY_S, vp) : -1;
    }
    if (np_starts(p, i)) {
        /* a time NP before the subject: Last week, ... */
        size_t j = skip_np(p, i);
        if (j > i && tag_at(p, j) == DY_COMMA && (flags_at(p, j - 1) & DY_LEX_TIME))
            return mark_time_np(p, parse_np(p, NP_MEMBER));
    }
    return -1;
}

/* Adverbs from i, then a verb group. */
static int adverbs_then_verb(const parser *p, size_t i)
{
    if (!is_adverb(tag_at(p, i)))
        return 0;
    while (is_adverb(tag_at(p, i)))
        i++;
    return starts_verb_group(p, i);
}

/* A parenthetical between subject and verb: ", in remarks published Monday," */
static int insertion_before_verb(const parser *p, size_t i)
{
    if (tag_at(p, i) != DY_COMMA)
        return 0;
    int sub = 0;   /* inside "since the war began": its verb is no main verb */
    for (size_t j = i + 1; j < p->n && j < i + 20; j++) {
        int t = tag_at(p, j);
        if (t == DY_COMMA) {
            size_t k = j + 1;
            while (is_adverb(tag_at(p, k)))
                k++;
            return is_finite(tag_at(p, k));
        }
        if ((t == DY_IN && (flags_at(p, j) & DY_LEX_SUB) && j > i + 1) || t == DY_WRB)
            sub = 1;
        else if (is_finite(t) && sub)
            continue;
        else if (is_finite(t) || t == DY_PERIOD || (t == DY_CC && !np_starts(p, j + 1)))
            return 0;   /* (but "brokered by Qatar and Egypt") */
    }
    return 0;
}

/* The adverbials before the subject, each with its comma, added to s. */
static void clause_adverbials(parser *p, int32_t s)
{
    for (;;) {
        size_t at = p->pos;
        if (tag_at(p, at) == DY_LQUOTE) {
            pt_add(p, s, pt_take(p));
            continue;
        }
        if (clause_starts(p, at))
            return;
        p->in_adverbial++;
        int32_t adv = clause_adverbial(p);
        p->in_adverbial--;
        if (adv < 0)
            return;
        pt_add(p, s, adv);
        if (tag_at(p, p->pos) == DY_COMMA && !at_end(p, p->pos + 1))
            pt_add(p, s, pt_take(p));
        if (p->pos == at)
            return;
    }
}

/* "X, in remarks published Monday, urged": the insertion joins the subject NP. */
static int32_t subject_insertion(parser *p, int32_t s, int32_t subject)
{
    pt_detach_last(p, s);
    int32_t np = pt_pair(p, DY_NP, subject, pt_take(p));
    size_t at = p->pos;
    while (p->pos < p->n && tag_at(p, p->pos) != DY_COMMA && p->pos < at + 20) {
        int32_t adv = clause_adverbial(p);   /* on his trip, since the war began */
        pt_add(p, np, adv >= 0 ? adv : pt_take(p));
    }
    if (tag_at(p, p->pos) == DY_COMMA)
        pt_add(p, np, pt_take(p));
    pt_add(p, s, np);
    return np;
}

/* The subject NP with its insertions and closing comma, added to s. */
static void clause_subject(parser *p, int32_t s)
{
    if (!np_starts(p, p->pos))
        return;
    p->in_subject++;
    int32_t subject = parse_np(p, NP_SUBJ);
    p->in_subject--;
    pt_add(p, s, subject);
    while (subject >= 0 && insertion_before_verb(p, p->pos))
        subject = subject_insertion(p, s, subject);
    /* "X, who ..., said": the comma closing the subject's modifier */
    if (subject >= 0 && tag_at(p, p->pos) == DY_COMMA &&
        (is_finite(tag_at(p, p->pos + 1)) || adverbs_then_verb(p, p->pos + 1)))
        pt_add(p, subject, pt_take(p));
}

/*
 * "Xi's visit this week portends ...": a time NP between the subject and
 * its finite verb is the clause's NP-TMP. Returns it, or -1 with nothing
 * consumed.
 */
static int32_t time_before_verb(parser *p)
{
    size_t i = p->pos;
    if (!np_starts(p, i) || tag_at(p, i) == DY_PRP)
        return -1;
    size_t j = skip_np(p, i);
    while (is_adverb(tag_at(p, j)))
        j++;
    if (j == i || !(flags_at(p, j - 1) & DY_LEX_TIME) || !is_finite(tag_at(p, j)))
        return -1;
    size_t mark = p->nnode;
    int32_t np = mark_time_np(p, parse_np(p, NP_MEMBER));
    if (np >= 0 && (p->node[np].flags & DY_NODE_TMP) &&
        (is_finite(tag_at(p, p->pos)) || adverbs_then_verb(p, p->pos)))
        return np;
    p->pos = i;
    p->nnode = mark;
    return -1;
}

/*
 * A clause: S with whatever of adverbials, subject, adverbs and VP is
 * there. Always consumes at least one token unless at the end.
 */
int32_t parse_clause(parser *p)
{
    if (PT_GIVE_UP(p) || p->pos >= p->n) {
        p->depth--;
        return -1;
    }
    int32_t s = pt_phrase(p, DY_S);
    size_t start = p->pos;
    int in_of = p->in_of, in_subject = p->in_subject;
    p->in_of = 0;   /* a clause inside a phrase has its own subject and phrases */
    p->in_subject = 0;
    clause_adverbials(p, s);
    clause_subject(p, s);
    int32_t when = p->pos > start ? time_before_verb(p) : -1;
    if (when >= 0)
        pt_add(p, s, when);
    /* adverbs between subject and verb: (S (NP ..) (ADVP recently) (VP did ..)) */
    while (adverbs_then_verb(p, p->pos))
        pt_add(p, s, parse_advp(p));
    if (starts_verb_group(p, p->pos))
        pt_add(p, s, parse_vp(p));
    if (p->pos == start && p->pos < p->n && !at_end(p, p->pos))
        pt_add(p, s, pt_take(p));   /* nothing fitted: keep the token, move on */
    p->in_of = in_of;
    p->in_subject = in_subject;
    p->depth--;
    return s;
}

/* ---- sentences --------------------------------------------------------------- */

/* Does the clause s consist of a subject and a saying verb with no complement? */
static int is_attribution(const parser *p, int32_t s)
{
    int32_t np = -1, vp = -1;
    for (int32_t c = p->node[s].child; c >= 0; c = p->node[c].next) {
        if (p->node[c].label == DY_NP && np < 0 && vp < 0)
            np = c;
        else if (p->node[c].label == DY_VP)
            vp = c;
        else if (p->node[c].label != DY_ADVP)
            return 0;
    }
    if (np < 0 || vp < 0)
        return 0;
    int32_t v = p->node[vp].child;
    if (v < 0 || p->node[v].leaf < 0 || !(flags_at(p, (size_t)p->node[v].leaf) & DY_LEX_SAY))
        return 0;
    for (int32_t c = p->node[v].next; c >= 0; c = p->node[c].next) {
        int l = p->node[c].label;
        if (l == DY_SBAR || l == DY_S)
            return 0;   /* "the president told reporters" is still an attribution */
    }
    return 1;
}

static int has_label_child(const parser *p, int32_t node, dy_label label)
{
    for (int32_t c = p->node[node].child; c >= 0; c = p->node[c].next)
        if (p->node[c].label == label)
            return 1;
    return 0;
}

/* Inverted attribution: ", said the official ." */
static int32_t inverted_attribution(parser *p)
{
    size_t i = p->pos;
    if (!is_verb(tag_at(p, i)) || !(flags_at(p, i) & DY_LEX_SAY) || !np_starts(p, i + 1))
        return -1;
    int32_t vp = pt_wrap(p, DY_VP, pt_take(p));
    return vp;
}

/* A sentence of one clause: the clause's S takes the punctuation after it. */
static int32_t single_clause(parser *p, int32_t s)
{
    int32_t rest = p->node[s].next;
    p->node[s].next = -1;
    while (rest >= 0) {
        int32_t next = p->node[rest].next;
        p->node[rest].next = -1;
        pt_add(p, s, rest);
        rest = next;
    }
    return s;
}

/* A sentence with no verb anywhere: an NP (a lone noun phrase) or a FRAG. */
static int32_t without_verb(parser *p, int32_t top)
{
    if (has_label_child(p, top, DY_VP) || has_label_child(p, top, DY_S) ||
        p->node[top].label != DY_S)
        return top;
    int k = pt_child_count(p, top);
    int32_t first = p->node[top].child;
    int lone_np = p->node[first].label == DY_NP &&
                  (k == 1 || (k == 2 && pt_is_leaf_label(p, p->node[first].next, DY_PERIOD)));
    p->node[top].label = lone_np ? DY_NP : DY_FRAG;
    return lone_np && k == 1 ? first : top;
}

/*
 * The whole sentence: ROOT over one S (or a FRAG when no clause has a
 * verb). Every token ends up in the tree.
 */
int32_t parse_sentence(parser *p)
{
    int32_t top = pt_phrase(p, DY_S);
    int32_t clauses[64];
    int nclause = 0, inverted = 0, attributed = 0;
    while (p->pos < p->n) {
        size_t at = p->pos;
        int t = tag_at(p, at);
        if (t == DY_PERIOD || t == DY_COMMA || t == DY_COLON || t == DY_CC ||
            t == DY_LQUOTE || t == DY_RQUOTE || t == DY_LRB || t == DY_RRB) {
            pt_add(p, top, pt_take(p));
            if ((t == DY_COMMA || t == DY_RQUOTE) && nclause > 0) {
                int32_t vp = inverted_attribution(p);
                if (vp >= 0) {
                    pt_add(p, top, vp);
                    pt_add(p, top, parse_np(p, NP_SUBJ));
                    inverted = 1;
                }
            }
            continue;
        }
        int32_t s = parse_clause(p);
        if (s < 0 || p->pos == at) {
            pt_add(p, top, pt_take(p));
            continue;
        }
        if (nclause > 0 && is_attribution(p, s)) {
            pt_adopt(p, top, s);
            attributed = 1;
            continue;
        }
        pt_add(p, top, s);
        if (nclause < 64)
            clauses[nclause++] = s;
    }
    if (nclause == 1 && p->node[top].child == clauses[0] && !inverted && !attributed)
        top = single_clause(p, clauses[0]);
    if (inverted)
        p->node[top].label = DY_SINV;
    top = without_verb(p, top);
    return pt_wrap(p, DY_ROOT, top);
}
