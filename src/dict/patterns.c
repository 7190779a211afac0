/*
 * patterns.c — pattern lines (`- ... * ... [CODE]`) in both dialects, and
 * PETRARCH-2 transformation lines (`~ a (b c V2) V1 = x y CODE`).
 *
 * A pattern is scanned once into elements appended to the builder's pelem
 * array; if anything is wrong the elements are taken back and the line is
 * reported and skipped. Connectors follow CODING-RULES §1: a top-level
 * element carries the connector on its verb side (for UPPER the separator
 * after it, for LOWER the separator before it); an element inside a
 * PETRARCH-2 group carries the separator before it.
 */
#include "dict/verbs.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "dict/lines.h"

typedef struct pscan {
    dy_verbs_reader *r;
    const char *s;
    size_t n, i;
    size_t start;        /* first pelem of this pattern */
    long star;           /* pelem index where LOWER starts, -1 until `*` */
    uint8_t star_sep;    /* separator before `*` */
    uint8_t pending;     /* separator before the next element */
    int failed;          /* a message was given; drop the pattern */
} pscan;

static int is_delim(const pscan *p, int c)
{
    if (c == '_' || c == '*' || dy_is_blank(c))
        return 1;
    if (p->r->dialect == DY_DIALECT_PETRARCH2)
        return c == '(' || c == ')' || c == '{' || c == '}';
    return 0;
}

static void skip_seps(pscan *p)
{
    size_t j = p->i;
    while (j < p->n && (p->s[j] == '_' || dy_is_blank((unsigned char)p->s[j])))
        j++;
    if (j > p->i)
        p->pending = p->s[j - 1] == '_' ? DY_CONN_ADJ : DY_CONN_GAP;
    p->i = j;
}

static size_t push(pscan *p, int kind, uint32_t id)
{
    dy_builder *b = p->r->b;
    dy_pelem *e = DY_PUSH(b, pelem);
    e->kind = (uint8_t)kind;
    e->id = id;
    size_t idx = b->n_pelem - 1 - p->start;
    DY_GROW(p->r->sep, p->r->cap_sep, idx + 1);
    p->r->sep[idx] = p->pending;
    p->r->n_sep = idx + 1;
    p->pending = DY_CONN_NONE;
    return b->n_pelem - 1;
}

static void fail_at(pscan *p, dy_severity sev, const char *what)
{
    if (!p->failed)
        dy_b_report(p->r->b, sev, p->r->line, "pattern '%.*s': %s", (int)p->n, p->s, what);
    p->failed = 1;
}

/* &NAME: the longest defined synset name that the text starts with,
 * ending at a `_` or at the end of the token (so &TIETYPES_RELATIONS is
 * the synset TIETYPES then the word RELATIONS, while &FIGHT_OF_WORDS is
 * one synset when it is defined). */
static void synset_ref(pscan *p)
{
    size_t j = p->i + 1;
    while (j < p->n && !dy_is_blank((unsigned char)p->s[j]) && p->s[j] != '*' &&
           !(is_delim(p, (unsigned char)p->s[j]) && p->s[j] != '_'))
        j++;
    size_t len = j - p->i - 1;
    char up[256];
    if (len == 0 || len > sizeof up) {
        fail_at(p, DY_ERROR, "'&' without a synset name");
        return;
    }
    dy_upper_copy(up, p->s + p->i + 1, len);
    for (size_t k = len; k > 0; k--) {
        if (k < len && up[k] != '_')
            continue;
        uint32_t id = dy_verbs_find_synset(p->r, up, k);
        if (id != DY_NO_INDEX) {
            push(p, DY_PE_SYNSET, id);
            p->i += 1 + k;
            return;
        }
    }
    char msg[400];
    snprintf(msg, sizeof msg,
             "synset &%.*s is not defined before this line: pattern dropped, as the reference "
             "coders do", (int)len, up);
    fail_at(p, DY_WARNING, msg);
}

/* A word with `/` in it (PETRARCH-2): an anonymous synset of the parts. */
static uint32_t slash_synset(pscan *p, const char *w, size_t n)
{
    dy_builder *b = p->r->b;
    dy_str name = dy_b_upper_str(b, w, n);
    for (size_t i = p->r->first_synset; i < b->n_synset; i++)
        if (b->synset[i].name == name && (b->synset[i].flags & DY_SYNSET_ANONYMOUS))
            return (uint32_t)i;
    dy_synset *sy = DY_PUSH(b, synset);
    sy->name = name;
    sy->members = (uint32_t)b->n_synset_member;
    sy->line = (uint32_t)p->r->line;
    sy->file = b->cur_file;
    sy->flags = DY_SYNSET_ANONYMOUS | DY_SYNSET_NO_PLURAL;
    uint32_t id = (uint32_t)(b->n_synset - 1);
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && w[j] != '/')
            j++;
        if (j > i) {
            dy_word word = dy_b_word(b, w + i, j - i);
            *DY_PUSH(b, synset_member) = dy_b_phrase(b, &word, NULL, 1, 0);
            b->synset[id].nmembers++;
        }
        i = j + 1;
    }
    return id;
}

/* One word, marker, or synset reference at p->i. */
static void token(pscan *p)
{
    if (p->s[p->i] == '&') {
        synset_ref(p);
        return;
    }
    size_t j = p->i;
    while (j < p->n && !is_delim(p, (unsigned char)p->s[j]))
        j++;
    const char *w = p->s + p->i;
    size_t n = j - p->i;
    p->i = j;
    const char *marker = n == 1 ? memchr("$+%^", *w, 4) : NULL; /* not strchr: NUL bytes */
    if (marker) {
        static const int kind[] = {DY_PE_SOURCE, DY_PE_TARGET, DY_PE_COMPOUND, DY_PE_SKIP};
        push(p, kind[marker - "$+%^"], 0);
        return;
    }
    if (p->r->dialect == DY_DIALECT_PETRARCH2 && n > 2 && memchr(w + 1, '/', n - 2)) {
        push(p, DY_PE_SYNSET, slash_synset(p, w, n));
        return;
    }
    push(p, DY_PE_WORD, dy_b_word(p->r->b, w, n));
}

/* The elements of a {..} or (..) group up to `close`; returns 0 at error. */
static int group(pscan *p, char close)
{
    dy_builder *b = p->r->b;
    size_t g = push(p, close == '}' ? DY_PE_NP : DY_PE_PP, 0);
    p->i++;
    for (;;) {
        skip_seps(p);
        if (p->i >= p->n) {
            fail_at(p, DY_ERROR, close == '}' ? "'{' without '}'" : "'(' without ')'");
            return 0;
        }
        char c = p->s[p->i];
        if (c == close) {
            p->i++;
            break;
        }
        if (c == '*' || c == ')' || c == '}' || c == '(' || (c == '{' && close == '}')) {
            fail_at(p, DY_ERROR, "misplaced bracket or '*' inside a group");
            return 0;
        }
        if (c == '{') {
            if (!group(p, '}'))
                return 0;
            continue;
        }
        token(p);
        if (p->failed)
            return 0;
    }
    size_t span = b->n_pelem - g - 1;
    if (span == 0 || span > 0xFFFF) {
        fail_at(p, DY_ERROR, close == '}' ? "empty {}" : "empty ()");
        return 0;
    }
    b->pelem[g].span = (uint16_t)span;
    p->pending = DY_CONN_NONE;
    return 1;
}

static void scan(pscan *p)
{
    while (!p->failed) {
        skip_seps(p);
        if (p->i >= p->n)
            return;
        char c = p->s[p->i];
        if (c == '*') {
            if (p->star >= 0) {
                fail_at(p, DY_ERROR, "more than one '*'");
                return;
            }
            p->star = (long)p->r->b->n_pelem;
            p->star_sep = p->pending;
            p->pending = DY_CONN_NONE;
            p->i++;
        } else if (p->r->dialect == DY_DIALECT_PETRARCH2 && (c == '{' || c == '(')) {
            group(p, c == '{' ? '}' : ')');
        } else if (p->r->dialect == DY_DIALECT_PETRARCH2 && (c == ')' || c == '}')) {
            dy_b_report(p->r->b, DY_WARNING, p->r->line, "pattern '%.*s': unmatched '%c' ignored",
                        (int)p->n, p->s, c);
            p->i++;
        } else {
            token(p);
        }
    }
}

/* Set the top-level connectors (verb side) and the in-group ones. */
static void set_connectors(pscan *p)
{
    dy_builder *b = p->r->b;
    size_t end = b->n_pelem, star = (size_t)p->star;
    for (size_t i = p->start; i < end; i++) {
        dy_pelem *e = &b->pelem[i];
        size_t span = e->span;
        uint8_t conn;
        if (i < star) {
            size_t next = i + 1 + span;
            conn = next < star ? p->r->sep[next - p->start] : p->star_sep;
        } else {
            conn = p->r->sep[i - p->start];
        }
        e->conn = conn ? conn : DY_CONN_GAP;
        for (size_t k = i + 1; k <= i + span; k++) /* inside a group: as written */
            b->pelem[k].conn = p->r->sep[k - p->start];
        i += span;
    }
}

static int split_code(dy_builder *b, dy_pattern *pat, const char *c, size_t cn)
{
    pat->code = dy_b_str(b, c, cn);
    const char *colon = memchr(c, ':', cn);
    if (!colon) {
        pat->code_a = pat->code;
        pat->code_b = DY_STR_EMPTY;
        return 0;
    }
    const char *a = c, *z = colon + 1;
    size_t an = (size_t)(colon - c), zn = cn - an - 1;
    dy_trim(&a, &an);
    dy_trim(&z, &zn);
    pat->code_a = dy_b_str(b, a, an);
    pat->code_b = dy_b_str(b, z, zn);
    pat->flags |= DY_PATTERN_PAIRED;
    return 1;
}

/* The code part: [..] after the pattern. Returns the pattern text length
 * (before '['), or -1 after reporting a problem. */
static long code_part(dy_verbs_reader *r, const char *s, size_t n, const char **code, size_t *cn)
{
    dy_builder *b = r->b;
    const char *lb = memchr(s, '[', n);
    if (!lb) {
        dy_b_report(b, DY_ERROR, r->line, "pattern without a [code]");
        return -1;
    }
    const char *rb = memchr(lb, ']', n - (size_t)(lb - s));
    if (!rb) {
        dy_b_report(b, DY_ERROR, r->line, "pattern code: '[' without ']'");
        return -1;
    }
    *code = lb + 1;
    *cn = (size_t)(rb - lb - 1);
    dy_trim(code, cn);
    if (*cn == 0) {
        dy_b_report(b, DY_ERROR, r->line, "pattern with an empty code []");
        return -1;
    }
    const char *rest = rb + 1;
    size_t rn = n - (size_t)(rest - s);
    dy_trim(&rest, &rn);
    if (rn)
        dy_b_report(b, DY_WARNING, r->line, "text after the pattern code ignored: '%.*s'",
                    (int)rn, rest);
    return (long)(lb - s);
}

/* A `- UPPER * LOWER [CODE]` line of the current block. */
void dy_verbs_pattern(dy_verbs_reader *r, const char *s, size_t n)
{
    dy_builder *b = r->b;
    if (r->block == DY_NO_INDEX) {
        dy_b_report(b, DY_ERROR, r->line, "pattern before any --- block ---");
        b->stats.skipped_lines++;
        return;
    }
    const char *code = NULL;
    size_t cn = 0;
    long at = code_part(r, s + 1, n - 1, &code, &cn);
    if (at < 0) {
        b->stats.skipped_lines++;
        return;
    }
    const char *pt = s + 1;
    size_t pn = (size_t)at;
    dy_trim(&pt, &pn);
    if (pn == 0) {
        dy_b_report(b, DY_ERROR, r->line, "empty pattern");
        b->stats.skipped_lines++;
        return;
    }
    if (r->dialect == DY_DIALECT_TABARI && memchr(pt, '{', pn)) {
        dy_b_report(b, DY_WARNING, r->line,
                    "TABARI pattern with '{' (a disjunctive set) skipped, as the reference "
                    "coders do");
        b->stats.skipped_lines++;
        return;
    }
    pscan p = {r, pt, pn, 0, b->n_pelem, -1, 0, DY_CONN_NONE, 0};
    scan(&p);
    if (!p.failed && p.star < 0) {
        dy_b_report(b, DY_ERROR, r->line, "pattern '%.*s' has no '*'", (int)pn, pt);
        p.failed = 1;
    }
    if (p.failed) {
        b->n_pelem = p.start;
        b->stats.skipped_lines++;
        return;
    }
    set_connectors(&p);
    dy_pattern *pat = DY_PUSH(b, pattern);
    pat->block = r->block;
    split_code(b, pat, code, cn);
    pat->upper = (uint32_t)p.start;
    pat->nupper = (uint32_t)((size_t)p.star - p.start);
    pat->lower = (uint32_t)p.star;
    pat->nlower = (uint32_t)(b->n_pelem - (size_t)p.star);
    pat->text = dy_b_str(b, pt, pn);
    pat->line = (uint32_t)r->line;
    pat->file = b->cur_file;
    pat->dialect = (uint8_t)r->dialect;
    b->block[r->block].npatterns++;
    b->stats.patterns++;
}

/* ---- transformations ---- */

#define TR_TOKENS 11

static size_t tr_tokens(const char *s, size_t n, const char *tok[], size_t len[], size_t max)
{
    size_t k = 0, i = 0;
    while (i < n) {
        if (dy_is_blank((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t j = i;
        if (s[i] == '(' || s[i] == ')' || s[i] == '=')
            j++;
        else
            while (j < n && !dy_is_blank((unsigned char)s[j]) && s[j] != '(' && s[j] != ')' &&
                   s[j] != '=')
                j++;
        if (k == max)
            return max + 1;
        tok[k] = s + i;
        len[k++] = j - i;
        i = j;
    }
    return k;
}

static int is_var(const char *t, size_t n)
{
    return n == 1 && (isalpha((unsigned char)*t) || *t == '.' || *t == '_');
}

static dy_word tr_verb(dy_builder *b, const char *t, size_t n)
{
    return n == 1 && (*t == 'Q' || *t == 'q') ? 0 : dy_b_word(b, t, n);
}

/* A `~ a (b c V2) V1 = x y CODE` line (PETRARCH-2 dialect). */
void dy_verbs_transform(dy_verbs_reader *r, const char *s, size_t n)
{
    dy_builder *b = r->b;
    if (r->dialect != DY_DIALECT_PETRARCH2) {
        dy_b_report(b, DY_WARNING, r->line,
                    "transformation line in a TABARI-dialect verbs file: ignored");
        b->stats.skipped_lines++;
        return;
    }
    const char *t[TR_TOKENS + 1];
    size_t l[TR_TOKENS + 1];
    size_t k = tr_tokens(s + 1, n - 1, t, l, TR_TOKENS);
    int ok = k == TR_TOKENS && is_var(t[0], l[0]) && *t[1] == '(' && is_var(t[2], l[2]) &&
             is_var(t[3], l[3]) && *t[5] == ')' && *t[7] == '=' && is_var(t[8], l[8]) &&
             is_var(t[9], l[9]) && l[4] && l[6] && l[10] && *t[4] != '(' && *t[6] != '(' &&
             *t[10] != '(' && *t[4] != ')' && *t[6] != ')' && *t[4] != '=' && *t[6] != '=';
    if (!ok) {
        dy_b_report(b, DY_ERROR, r->line,
                    "transformation is not of the form '~ a (b c VERB) VERB = x y CODE'");
        b->stats.skipped_lines++;
        return;
    }
    dy_transform *tr = DY_PUSH(b, transform);
    tr->a = *t[0];
    tr->b = *t[2];
    tr->c = *t[3];
    tr->x = *t[8];
    tr->y = *t[9];
    tr->v2 = tr_verb(b, t[4], l[4]);
    tr->v1 = tr_verb(b, t[6], l[6]);
    tr->code = l[10] == 1 && (*t[10] == 'Q' || *t[10] == 'q') ? DY_STR_EMPTY
                                                              : dy_b_str(b, t[10], l[10]);
    tr->line = (uint32_t)r->line;
    tr->file = b->cur_file;
    b->stats.transforms++;
}
