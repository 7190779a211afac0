/*
 * np.c — noun phrases (see parse.h).
 *
 * A base NP is the flat Penn NP: determiner, adjectives, numbers, nouns
 * ("the joint transport committee"). A possessive closes a base NP and
 * opens the next: (NP (NP Dagolath 's) first Deputy Prime Minister).
 * Then come post-modifiers, each wrapping what is there so far:
 *
 *   (NP (NP the ambassadors) (PP of ...))        PP (of always; others by role)
 *   (NP (NP Osgiliath) , (NP the state's foe) ,) appositive
 *   (NP (NNP A) , (NNP B) (CC and) (NNP C))      list of names (flat)
 *   (NP (NP A) (CC and) (NP the government))     coordination
 *   (NP (NP a step) (SBAR (WHNP that) (S ..)))   relative clause
 *   (NP (NP remarks) (VP (VBN published) ..))    reduced relative
 *   (NP (NP the EU) (PRN -LRB- (NP EU) -RRB-))   parenthesis
 */
#include "lang/parse.h"

#include <string.h>

/* ---- base NPs ------------------------------------------------------------------ */

/* Does an NP head (noun, number) come after the modifiers starting at i? */
static int head_follows(const parser *p, size_t i)
{
    for (size_t j = i; j < p->n && j < i + 8; j++) {
        int t = tag_at(p, j);
        if (is_noun(t) || t == DY_CD)
            return 1;
        if (!(is_adjective(t) || t == DY_VBN || t == DY_VBG || is_adverb(t) || t == DY_CC ||
              t == DY_HYPH || t == DY_DOLLAR || (t == DY_COMMA && is_adjective(tag_at(p, j + 1)))))
            return 0;
    }
    return 0;
}

/* "old, albeit recalcitrant,": an adjective, then one set off by commas after
 * albeit, though, yet, but or if, before the head. */
static int inserted_adjective(const parser *p, size_t i)
{
    return is_adjective(tag_at(p, i)) && tag_at(p, i + 1) == DY_COMMA &&
           (word_at(p, i + 2, "ALBEIT") || word_at(p, i + 2, "THOUGH") ||
            word_at(p, i + 2, "YET") || word_at(p, i + 2, "BUT") || word_at(p, i + 2, "IF")) &&
           is_adjective(tag_at(p, i + 3)) && tag_at(p, i + 4) == DY_COMMA &&
           is_noun(tag_at(p, i + 5));
}

/* "very senior", "real easy or pleasant": an ADJP inside an NP. */
static int32_t inner_adjp(parser *p)
{
    size_t i = p->pos;
    int t = tag_at(p, i);
    if (inserted_adjective(p, i)) {
        int32_t adjp = pt_wrap(p, DY_ADJP, pt_take(p));
        for (int k = 0; k < 4; k++)
            pt_add(p, adjp, pt_take(p));
        return adjp;
    }
    if (is_adverb(t) && is_adjective(tag_at(p, i + 1))) {
        int32_t adjp = pt_wrap(p, DY_ADJP, pt_take(p));
        pt_add(p, adjp, pt_take(p));
        return adjp;
    }
    if (is_adjective(t) && tag_at(p, i + 1) == DY_CC && is_adjective(tag_at(p, i + 2)) &&
        head_follows(p, i + 3)) {
        int32_t adjp = pt_wrap(p, DY_ADJP, pt_take(p));
        pt_add(p, adjp, pt_take(p));
        pt_add(p, adjp, pt_take(p));
        return adjp;
    }
    return pt_take(p);
}

/* "800 million", "almost five", "a million": numbers as one QP. */
static int32_t numbers(parser *p)
{
    size_t i = p->pos;
    size_t j = i;
    if (is_adverb(tag_at(p, j)) || tag_at(p, j) == DY_DOLLAR ||
        (tag_at(p, j) == DY_DT && (word_at(p, j, "A") || word_at(p, j, "AN"))))
        j++;
    size_t first_cd = j;
    while (tag_at(p, j) == DY_CD)
        j++;
    if (j - i < 2 || first_cd == j)
        return pt_take(p);
    int32_t qp = pt_phrase(p, DY_QP);
    while (p->pos < j)
        pt_add(p, qp, pt_take(p));
    return qp;
}

/*
 * "more than 200", "at least 30", "up to a million": the words before a
 * number that bound it. Returns how many there are (0: none, or no
 * number follows).
 */
size_t quantity_prefix(const parser *p, size_t i)
{
    size_t k = 0;
    if ((word_at(p, i, "MORE") || word_at(p, i, "LESS") || word_at(p, i, "FEWER")) &&
        word_at(p, i + 1, "THAN"))
        k = 2;
    else if (word_at(p, i, "AT") && (word_at(p, i + 1, "LEAST") || word_at(p, i + 1, "MOST")))
        k = 2;
    else if (word_at(p, i, "UP") && word_at(p, i + 1, "TO"))
        k = 2;
    if (!k)
        return 0;
    size_t j = i + k;
    if (tag_at(p, j) == DY_DT && (word_at(p, j, "A") || word_at(p, j, "AN")))
        j++;
    return tag_at(p, j) == DY_CD ? k : 0;
}

/*
 * After "search and", from i: common nouns of which the first is singular
 * and not the last ("rescue teams"), not followed by a finite verb unless
 * in a subject (else the conjunction joins clauses: "arrested a man and
 * riot police fired"; but "oil and gas prices rose").
 */
static int noun_modifiers_follow(const parser *p, size_t i)
{
    if (tag_at(p, i) != DY_NN || (p->w[i].shape & DY_TW_CAP))
        return 0;
    size_t j = i + 1;
    while (j < p->n && (tag_at(p, j) == DY_NN || tag_at(p, j) == DY_NNS))
        j++;
    return j > i + 1 && ((!is_finite(tag_at(p, j)) && !is_adverb(tag_at(p, j))) || p->in_subject);
}

/* May token i go on the base NP whose last item has tag last? */
static int continues_base(const parser *p, size_t i, int last, int seen_head, int items)
{
    int t = tag_at(p, i);
    if (items == 0 && quantity_prefix(p, i))
        return 1;
    if (t == DY_NNP && (last == DY_NN || last == DY_NNS) && object_gap_clause(p, i, 1))
        return 0;   /* a charge | Kyiv denied */
    if (t == DY_NNP && last == DY_NNS && told_whom(p, i))
        return 0;   /* told reporters | Sweden must ... */
    if (is_noun(t) && is_noun(last) && (flags_at(p, i) & DY_LEX_TIME) &&
        (flags_at(p, i) & DY_LEX_FIXED))
        return 0;   /* students in Moscow | today, officials | Monday */
    if (is_noun(t))
        return 1;
    if (t == DY_POS)
        return items > 0;
    if (t == DY_CD)
        return !seen_head || (flags_at(p, i - 1) & DY_LEX_TIME) || last == DY_CD;
    if (t == DY_DT)
        /* almost all, Radagast the Brown */
        return items == 0 || last == DY_PDT || (items == 1 && is_adverb(last)) ||
               (last == DY_NNP && tag_at(p, i + 1) == DY_NNP && (p->w[i + 1].shape & DY_TW_CAP));
    if (t == DY_PDT || t == DY_PRPS || t == DY_WPS)
        return items == 0 || (last == DY_PDT && t == DY_PRPS);
    if (t == DY_DOLLAR || t == DY_HASH)   /* an additional $300 billion */
        return items == 0 || last == DY_DT || (is_adjective(last) && !seen_head);
    if (is_adjective(t) && inserted_adjective(p, i) && !seen_head)
        return 1;
    if (is_adjective(t) || t == DY_VBN || t == DY_VBG) {
        /* after a name only as in "Arnor former security officials", not "Osaka next week" */
        if (seen_head && (last != DY_NNP || (flags_at(p, i + 1) & DY_LEX_TIME)))
            return 0;
        if (flags_at(p, i) & DY_LEX_PREPV)
            return 0;
        return head_follows(p, i + 1) || (is_adjective(t) && last == DY_DT && items == 1);
    }
    if (is_adverb(t)) {
        int u = tag_at(p, i + 1);
        if (seen_head)
            return 0;
        if (last == DY_DT && items == 1 && is_adjective(u))
            return 1;   /* the most dangerous */
        if (items == 0 && u == DY_DT)
            return 1;   /* even the entire world */
        return (u == DY_CD || is_adjective(u) || u == DY_VBN) && head_follows(p, i + 1);
    }
    if (t == DY_CC && last == DY_NN && (i < 2 || (tag_at(p, i - 2) != DY_COMMA &&
                                                   !is_noun(tag_at(p, i - 2)))) &&
        noun_modifiers_follow(p, i + 1))
        return 1;   /* search and rescue teams (not "A, B and C D", "tear gas and water cannon") */
    if (t == DY_CC || t == DY_COMMA)
        return !seen_head && is_adjective(last) && is_adjective(tag_at(p, i + 1)) &&
               head_follows(p, i + 1);
    return 0;
}

/* A quote mark inside a base NP: opening before its words, closing after. */
static int quoted_word(const parser *p, size_t i, int items, int seen_head, int *quoted)
{
    int t = tag_at(p, i);
    if (t == DY_LQUOTE && items > 0 && !seen_head && !*quoted && head_follows(p, i + 1)) {
        *quoted = 1;
        return 1;
    }
    if (t == DY_RQUOTE && *quoted && items > 0) {
        *quoted = 0;
        return 1;
    }
    return 0;
}

/*
 * A base NP at the current token, possessives included, or -1 (nothing
 * consumed). A pronoun or "there" is an NP of its own.
 */
int32_t parse_base_np(parser *p)
{
    size_t start = p->pos;
    int t = tag_at(p, start);
    if (t == DY_PRP || t == DY_EX) {
        int32_t np = pt_wrap(p, DY_NP, pt_take(p));
        return np;
    }
    if (t == DY_LQUOTE && np_starts(p, start + 1)) {
        /* a quoted name: keep the quotes in the NP */
        int32_t q = pt_take(p);
        int32_t inner = parse_base_np(p);
        if (inner < 0) {
            p->pos = start;
            return -1;
        }
        int32_t np = pt_pair(p, DY_NP, q, inner);
        if (tag_at(p, p->pos) == DY_RQUOTE)
            pt_add(p, np, pt_take(p));
        return np;
    }
    int32_t np = pt_phrase(p, DY_NP);
    int items = 0, seen_head = 0, last = 0, quoted = 0;
    while (p->pos < p->n) {
        int u = tag_at(p, p->pos);
        if (quoted_word(p, p->pos, items, seen_head, &quoted)) {
            pt_add(p, np, pt_take(p));   /* the "correct direction" */
            continue;
        }
        if (!continues_base(p, p->pos, last, seen_head, items))
            break;
        if (u == DY_POS) {
            pt_add(p, np, pt_take(p));
            if (!np_starts(p, p->pos) || tag_at(p, p->pos) == DY_PRP)
                return np;             /* Libya 's (nothing owned follows) */
            np = pt_wrap(p, DY_NP, np);
            seen_head = 0;
            last = DY_POS;
            continue;
        }
        size_t bound = items == 0 ? quantity_prefix(p, p->pos) : 0;
        if (bound) {
            int32_t qp = pt_phrase(p, DY_QP);   /* (QP (JJR more) (IN than) (CD 200)) */
            for (size_t k = 0; k < bound; k++)
                pt_add(p, qp, pt_take(p));
            if (tag_at(p, p->pos) == DY_DT)
                pt_add(p, qp, pt_take(p));      /* more than a million */
            while (tag_at(p, p->pos) == DY_CD)
                pt_add(p, qp, pt_take(p));
            pt_add(p, np, qp);
            items++;
            last = DY_CD;
            continue;
        }
        int a_number = u == DY_DT && tag_at(p, p->pos + 1) == DY_CD &&
                       (word_at(p, p->pos, "A") || word_at(p, p->pos, "AN"));
        int32_t item = (u == DY_CD || a_number || (is_adverb(u) && tag_at(p, p->pos + 1) == DY_CD))
                           ? numbers(p)
                           : inner_adjp(p);
        pt_add(p, np, item);
        items++;
        last = tag_at(p, p->pos - 1);
        if (is_noun(last) || last == DY_CD)
            seen_head = seen_head || is_noun(last);
        if (is_noun(last) && !continues_base(p, p->pos, last, 1, items) &&
            !(quoted && tag_at(p, p->pos) == DY_RQUOTE))
            break;
    }
    if (items == 0) {
        p->pos = start;
        return -1;
    }
    return np;
}

/* ---- heads and roles ----------------------------------------------------------- */

/* The tag of the head noun of np (its last noun, or its first NP's head). */
int np_head_tag(const parser *p, int32_t np)
{
    int head = 0;
    int32_t first_np = -1;
    for (int32_t c = p->node[np].child; c >= 0; c = p->node[c].next) {
        const pnode *n = &p->node[c];
        if (n->leaf >= 0 && (is_noun(n->label) || n->label == DY_CD || n->label == DY_PRP))
            head = n->label;
        else if (n->label == DY_NP && first_np < 0)
            first_np = c;
    }
    if (!head && first_np >= 0)
        return np_head_tag(p, first_np);
    return head;
}

/* Does np end in a word naming a time (Friday, last week)? */
static int time_head(const parser *p, int32_t np)
{
    int32_t last = p->node[np].last;
    return last >= 0 && p->node[last].leaf >= 0 &&
           (flags_at(p, (size_t)p->node[last].leaf) & DY_LEX_TIME);
}

/*
 * Flag np DY_NODE_TMP if it is a bare time expression used as an adverb:
 * today, last week, Monday, next month (not "the week", not "a day of
 * talks"). Returns np.
 */
int32_t mark_time_np(parser *p, int32_t np)
{
    if (np < 0 || p->node[np].label != DY_NP)
        return np;
    int32_t last = -1, first = p->node[np].child;
    for (int32_t c = first; c >= 0; c = p->node[c].next)
        last = c;
    if (first < 0 || p->node[last].leaf < 0 || !is_noun(p->node[last].label))
        return np;
    size_t head = (size_t)p->node[last].leaf;
    size_t start = pt_first_token(p, np);
    int determiner = p->node[first].leaf >= 0 && p->node[first].label == DY_DT &&
                     !word_at(p, start, "THIS") && !word_at(p, start, "THAT") &&
                     !word_at(p, start, "EACH") && !word_at(p, start, "EVERY");
    if ((flags_at(p, head) & DY_LEX_TIME) && !determiner)
        p->node[np].flags |= DY_NODE_TMP;
    return np;
}

/* Is the PP starting at i about time (on Thursday, in 1990)? */
static int temporal_pp(const parser *p, size_t i)
{
    size_t j = i + 1;
    while (j < p->n && j < i + 5) {
        int t = tag_at(p, j);
        if (flags_at(p, j) & DY_LEX_TIME)
            return 1;
        if (t == DY_CD && p->w[j].leaf->ulen == 4)
            return 1;
        if (!(t == DY_DT || is_adjective(t) || t == DY_CD))
            return 0;
        j++;
    }
    return 0;
}

/* Does the PP at the current token modify np (rather than the verb)? */
static int takes_pp(const parser *p, int32_t np, np_role role)
{
    size_t i = p->pos;
    if (word_at(p, i, "OF"))
        return 1;
    if ((flags_at(p, i) & DY_LEX_SUB) && clause_starts(p, i + 1))
        return 0;
    if (tag_at(p, i) == DY_TO && starts_verb_group(p, i))
        return 0;
    if (!np_starts(p, i + 1) && tag_at(p, i + 1) != DY_VBG)
        return 0;
    if (role == NP_SUBJ || role == NP_APPOS)
        return 1;
    if (role == NP_OBJ)
        return word_at(p, i, "BETWEEN") || word_at(p, i, "AMONG");
    int head = np_head_tag(p, np);
    if (head != DY_NN && head != DY_NNS && head != 0)
        return 0;   /* names take no PP; headless NPs (the first) and nouns may */
    static const char *const verbal[] = {"AFTER", "BEFORE", "DURING", "SINCE", "UNTIL", "AT",
                                         "DESPITE", "AMID", "BY", NULL};
    for (int k = 0; verbal[k]; k++)
        if (word_at(p, i, verbal[k]))
            return 0;
    return !temporal_pp(p, i);
}

/* ---- post-modifiers ---------------------------------------------------------------- */

/* A single-word NP (NP (NNP Gondor)): lists of these are written flat. */
static int one_word(const parser *p, int32_t np)
{
    int32_t c = p->node[np].child;
    return c >= 0 && p->node[c].next < 0 && p->node[c].leaf >= 0 && is_noun(p->node[c].label);
}

/*
 * The PP of "of" after np. What follows its object describes the whole
 * phrase, not the object: an appositive ("the head of the agency, Rafael
 * Grossi,") always; after a name also a parenthesis or a comma-set
 * relative clause ("the Economic Community of West African States
 * (ECOWAS), which ..."). p->in_of says which while the object is read.
 */
static int32_t of_pp(parser *p, int32_t np, np_role role)
{
    int in_of = p->in_of;
    int head = np_head_tag(p, np);
    p->in_of = head == DY_NNP || head == DY_NNPS ? 2 : 1;
    int32_t pp = parse_pp(p, role);
    p->in_of = in_of;
    return pp;
}

/* A list member: base NP with its of-PP. */
static int32_t member(parser *p)
{
    int32_t np = parse_base_np(p);
    if (np >= 0 && word_at(p, p->pos, "OF") && np_starts(p, p->pos + 1)) {
        int32_t pp = of_pp(p, np, NP_MEMBER);
        if (pp >= 0)
            np = pt_pair(p, DY_NP, np, pp);
    }
    return np;
}

/* Build the list NP from first and the members/commas collected. */
static int32_t build_list(parser *p, int32_t *items, int n)
{
    int flat = 1;
    for (int k = 0; k < n; k++)
        if (p->node[items[k]].label == DY_NP && !one_word(p, items[k]))
            flat = 0;
    int32_t list = pt_phrase(p, DY_NP);
    for (int k = 0; k < n; k++) {
        int32_t it = items[k];
        if (flat && p->node[it].label == DY_NP) {
            int32_t leaf = p->node[it].child;
            p->node[leaf].next = -1;
            pt_add(p, list, leaf);
        } else {
            pt_add(p, list, it);
        }
    }
    return list;
}

/* "A, B, C and D" (also "A, B, and D"); -1 and nothing consumed if not a list. */
static int32_t try_list(parser *p, int32_t first)
{
    size_t save = p->pos, mark = p->nnode;
    int32_t items[64];
    int n = 0, members = 1;
    items[n++] = first;
    while (n < 60 && tag_at(p, p->pos) == DY_COMMA) {
        items[n++] = pt_take(p);
        if (tag_at(p, p->pos) == DY_CC)
            break;
        int32_t m = np_starts(p, p->pos) && tag_at(p, p->pos) != DY_PRP ? member(p) : -1;
        if (m < 0)
            break;
        items[n++] = m;
        members++;
    }
    if (members >= 2 && tag_at(p, p->pos) == DY_CC && np_starts(p, p->pos + 1) &&
        tag_at(p, p->pos + 1) != DY_PRP) {
        items[n++] = pt_take(p);
        int32_t m = member(p);
        /* "In a move that surprised analysts, Iran and X agreed": the
           members after the adverbial's comma are the clause's subject */
        int subject = p->in_adverbial && (is_finite(tag_at(p, p->pos)) ||
                                          (is_adverb(tag_at(p, p->pos)) &&
                                           is_finite(tag_at(p, p->pos + 1))) ||
                                          list_then_verb(p, p->pos));   /* , both masters of, can */
        if (m >= 0 && !subject) {
            items[n++] = m;
            return build_list(p, items, n);
        }
    }
    p->pos = save;
    p->nnode = mark;
    return -1;
}

/*
 * After a would-be appositive, at i: does a finite verb follow, directly or
 * after a comma-set participle phrase? Then the NP was a subject.
 */
static int subject_follows(const parser *p, size_t i)
{
    if (is_finite(tag_at(p, i)))
        return 1;
    if (tag_at(p, i) != DY_COMMA)
        return 0;
    size_t k = i + 1;
    int t = tag_at(p, k);
    if (t == DY_VBN || t == DY_VBG) {
        while (k < p->n && k < i + 16 && tag_at(p, k) != DY_COMMA)
            k++;
        if (tag_at(p, k) != DY_COMMA)
            return 0;
        k++;
    }
    while (is_adverb(tag_at(p, k)))
        k++;
    return is_finite(tag_at(p, k));
}

/* ", the state's fiercest foe ," after a name; -1 and nothing consumed if not. */
static int32_t try_appositive(parser *p, int32_t np)
{
    size_t i = p->pos;
    int t = tag_at(p, i + 1);
    if (!np_starts(p, i + 1) || t == DY_PRP || t == DY_EX || clause_follows(p, i + 1) ||
        time_head(p, np))
        return -1;   /* (not "on Sunday, a move that ...": that is the clause's) */
    size_t save = p->pos, mark = p->nnode;
    int32_t comma = pt_take(p);
    int32_t app = parse_np(p, NP_APPOS);
    int u = tag_at(p, p->pos);
    int closes = at_end(p, p->pos) || u == DY_COMMA || u == DY_RRB || u == DY_COLON ||
                 u == DY_RQUOTE;
    if (app < 0 || !closes) {
        p->pos = save;
        p->nnode = mark;
        return -1;
    }
    if (p->in_adverbial && (subject_follows(p, p->pos) || list_then_verb(p, p->pos))) {
        /* "On Tuesday, China, accompanied by Russia, delayed ...": the subject */
        p->pos = save;
        p->nnode = mark;
        return -1;
    }
    int32_t whole = pt_pair(p, DY_NP, np, comma);
    pt_add(p, whole, app);
    if (u == DY_COMMA && !at_end(p, p->pos + 1) && !clause_starts(p, p->pos + 1) &&
        !starts_verb_group(p, p->pos + 1))
        pt_add(p, whole, pt_take(p));
    return whole;
}

/* "X and Y": -1 and nothing consumed if the conjunction joins something else. */
static int32_t try_coordination(parser *p, int32_t np, np_role role)
{
    size_t i = p->pos;
    /* in a subject, "A and B have" joins NPs; elsewhere "..A and B have" joins clauses */
    if (!np_starts(p, i + 1) || tag_at(p, i + 1) == DY_PRP ||
        (role != NP_SUBJ && clause_starts(p, i + 1)))
        return -1;
    int32_t cc = pt_take(p);
    int32_t second = parse_np(p, role == NP_SUBJ ? NP_SUBJ : NP_MEMBER);
    if (second < 0) {
        p->pos = i;
        return -1;
    }
    if (one_word(p, np) && one_word(p, second) && p->node[np].label == DY_NP) {
        int32_t a = p->node[np].child, b = p->node[second].child;
        p->node[a].next = p->node[b].next = -1;
        int32_t flat = pt_pair(p, DY_NP, a, cc);
        pt_add(p, flat, b);
        return flat;
    }
    int32_t both = pt_pair(p, DY_NP, np, cc);
    pt_add(p, both, second);
    return both;
}

/* Are tokens i.. "as well as" and then a noun phrase? */
static int as_well_as(const parser *p, size_t i)
{
    return word_at(p, i, "AS") && word_at(p, i + 1, "WELL") && word_at(p, i + 2, "AS") &&
           np_starts(p, i + 3) && tag_at(p, i + 3) != DY_PRP;
}

/*
 * "The United States, as well as Britain and France, condemned": "as well
 * as" joins noun phrases like a conjunction, (CONJP as well as); -1 and
 * nothing consumed if no noun phrase follows.
 */
static int32_t as_well_as_np(parser *p, int32_t np, np_role role)
{
    size_t save = p->pos, mark = p->nnode;
    int32_t both = pt_wrap(p, DY_NP, np);
    if (tag_at(p, p->pos) == DY_COMMA)
        pt_add(p, both, pt_take(p));
    int32_t conjp = pt_phrase(p, DY_CONJP);
    for (int k = 0; k < 3; k++)
        pt_add(p, conjp, pt_take(p));
    pt_add(p, both, conjp);
    int32_t second = parse_np(p, role == NP_SUBJ ? NP_SUBJ : NP_MEMBER);
    if (second < 0) {
        p->pos = save;
        p->nnode = mark;
        return -1;
    }
    pt_add(p, both, second);
    size_t k = p->pos + 1;
    while (is_adverb(tag_at(p, k)))
        k++;
    if (tag_at(p, p->pos) == DY_COMMA && tag_at(p, save) == DY_COMMA && is_finite(tag_at(p, k)))
        pt_add(p, both, pt_take(p));   /* the closing comma before the verb */
    return both;
}

/* "(EU)": a parenthesis after a noun phrase. */
static int32_t parenthesis(parser *p, int32_t np)
{
    size_t i = p->pos;
    size_t j = i + 1;
    while (j < p->n && j < i + 12 && tag_at(p, j) != DY_RRB)
        j++;
    if (tag_at(p, j) != DY_RRB)
        return -1;
    int32_t prn = pt_wrap(p, DY_PRN, pt_take(p));
    int32_t inner = np_starts(p, p->pos) ? parse_np(p, NP_MEMBER) : -1;
    if (inner >= 0 && p->pos == j) {
        pt_add(p, prn, inner);
    } else {
        if (inner >= 0)
            pt_add(p, prn, inner);
        while (p->pos < j)
            pt_add(p, prn, pt_take(p));
    }
    pt_add(p, prn, pt_take(p));
    return pt_pair(p, DY_NP, np, prn);
}

/* A relative clause or reduced relative at the current token, or -1. */
static int32_t relative(parser *p, int32_t np, np_role role)
{
    size_t i = p->pos;
    int t = tag_at(p, i);
    if (t == DY_WDT || t == DY_WP || t == DY_WPS || (t == DY_WRB && word_at(p, i, "WHERE")))
        return parse_sbar(p);
    /* a participle: in a subject only if the clause's own verb comes later */
    if (p->in_subject && !finite_ahead(p, i))
        return -1;
    if (time_head(p, np))
        return -1;   /* signed a decree on Friday | ordering ... */
    if (is_adverb(t) && tag_at(p, i + 1) == DY_VBN) {
        /* (VP (ADVP often) (VBN ignored) ...) */
        int32_t advp = parse_advp(p);
        int32_t inner = parse_vp(p);
        int32_t vp = pt_wrap(p, DY_VP, advp);
        if (inner >= 0)
            pt_adopt(p, vp, inner);
        return vp;
    }
    if (t == DY_VBN && !(flags_at(p, i) & DY_LEX_PREPV))
        return parse_vp(p);
    if (t == DY_VBG && !(flags_at(p, i) & DY_LEX_PREPV) && role != NP_PRED)
        return parse_vp(p);
    return -1;
}

/* "the steps Kim has taken", "a charge Kyiv denied": a relative clause
 * without a relative pronoun, after a common noun that is not the object
 * of a verb of saying (told reporters he would attend). */
static int bare_relative(const parser *p, int32_t np)
{
    int head = np_head_tag(p, np);
    int name = tag_at(p, p->pos) == DY_NNP || tag_at(p, p->pos) == DY_NNPS;
    if ((head != DY_NN && head != DY_NNS) || !object_gap_clause(p, p->pos, name))
        return 0;
    size_t first = pt_first_token(p, np);
    return !(first > 0 && first < p->n && (flags_at(p, first - 1) & DY_LEX_SAY));
}

/* Past the words of the verb phrase starting at i, does a finite verb come? */
static int finite_ahead_after_vp(const parser *p, size_t i)
{
    for (size_t j = i + 1; j < p->n && j < i + 30; j++) {
        int t = tag_at(p, j);
        if (is_finite(t))
            return 1;
        if (t == DY_PERIOD || t == DY_COLON || t == DY_COMMA || t == DY_CC || t == DY_WDT ||
            t == DY_WP || (t == DY_IN && (flags_at(p, j) & DY_LEX_SUB)))
            return 0;
    }
    return 0;
}

/* The next post-modifier of np, or -1 when np is complete. */
static int32_t post_modify(parser *p, int32_t np, np_role role)
{
    size_t i = p->pos;
    int t = tag_at(p, i);
    if ((t == DY_IN || t == DY_TO) && takes_pp(p, np, role)) {
        np_role r = role == NP_SUBJ ? NP_SUBJ : NP_POBJ;
        int32_t pp = word_at(p, i, "OF") ? of_pp(p, np, r) : parse_pp(p, r);
        return pp >= 0 ? pt_pair(p, DY_NP, np, pp) : -1;
    }
    if (as_well_as(p, i + (t == DY_COMMA)))
        return as_well_as_np(p, np, role);
    if (t == DY_COMMA) {
        int32_t r = role != NP_MEMBER && role != NP_APPOS ? try_list(p, np) : -1;
        if (r < 0 && !p->in_of)
            r = try_appositive(p, np);
        if (r < 0 && (tag_at(p, i + 1) == DY_WDT || tag_at(p, i + 1) == DY_WP) &&
            p->in_of < 2) {
            int32_t comma = pt_take(p);
            r = pt_pair(p, DY_NP, np, comma);
            pt_add(p, r, parse_sbar(p));
        }
        return r;
    }
    if (t == DY_CC && !word_at(p, i, "BUT"))
        return try_coordination(p, np, role);
    if (t == DY_LRB)
        return p->in_of == 2 ? -1 : parenthesis(p, np);
    if (t == DY_TO && role == NP_SUBJ && starts_verb_group(p, i) && finite_ahead_after_vp(p, i)) {
        /* "Germany's decision to send tanks drew criticism": the infinitive is the noun's */
        int32_t inf = pt_wrap(p, DY_S, parse_vp(p));
        return pt_pair(p, DY_NP, np, inf);
    }
    if (t == DY_VBG && (flags_at(p, i) & DY_LEX_PREPV) && word_at(p, i, "INCLUDING")) {
        int32_t pp = parse_pp(p, NP_POBJ);
        return pp >= 0 ? pt_pair(p, DY_NP, np, pp) : -1;
    }
    int32_t rel = relative(p, np, role);
    if (rel < 0 && bare_relative(p, np))
        rel = pt_wrap(p, DY_SBAR, parse_clause(p));
    return rel >= 0 ? pt_pair(p, DY_NP, np, rel) : -1;
}

/*
 * A noun phrase at the current token with its post-modifiers, as allowed
 * by its role; -1 (nothing consumed) if no NP starts here.
 */
int32_t parse_np(parser *p, np_role role)
{
    if (PT_GIVE_UP(p)) {
        p->depth--;
        return -1;
    }
    int32_t np = parse_base_np(p);
    while (np >= 0 && p->pos < p->n) {
        size_t at = p->pos;
        int32_t next = post_modify(p, np, role);
        if (next < 0 || p->pos == at)
            break;   /* (a modifier that read nothing, at the depth limit, ends the NP) */
        np = next;
    }
    p->depth--;
    return np;
}

/*
 * "five years after crowds trashed ...", "two days later": a measure NP
 * before after/before/later/ago is their specifier, as in the Treebank:
 * (SBAR (NP five years) (IN after) (S ...)), (ADVP (NP two days) (RB later)).
 * Returns the new phrase, or np unchanged.
 */
int32_t measure_phrase(parser *p, int32_t np)
{
    size_t i = p->pos;
    if (np < 0 || p->node[np].label != DY_NP)
        return np;
    int head = np_head_tag(p, np);
    int measure = head == DY_NNS || head == DY_NN;
    int32_t c = p->node[np].child;
    int counted = head == DY_NNS;   /* hours after, weeks later */
    for (; c >= 0; c = p->node[c].next)
        counted |= p->node[c].label == DY_CD || p->node[c].label == DY_QP;
    if (!measure || !counted || !time_head(p, np))
        return np;   /* (not "representatives of the two sides after ...") */
    if (word_at(p, i, "AFTER") || word_at(p, i, "BEFORE")) {
        int clause = clause_starts(p, i + 1);
        int32_t phrase = pt_pair(p, clause ? DY_SBAR : DY_PP, np, pt_take(p));
        if (clause)
            pt_add(p, phrase, parse_clause(p));
        else if (np_starts(p, p->pos))
            pt_add(p, phrase, parse_np(p, NP_POBJ));
        return phrase;
    }
    if (word_at(p, i, "LATER") || word_at(p, i, "AGO") || word_at(p, i, "EARLIER"))
        return pt_pair(p, DY_ADVP, np, pt_take(p));
    return np;
}
