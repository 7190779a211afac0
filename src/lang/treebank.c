/*
 * treebank.c — Penn Treebank bracket reader and leaf-to-text alignment
 * (see treebank.h).
 *
 * Reading takes two passes over the string. The first checks the brackets
 * and records one event per open bracket, leaf and close bracket, so that a
 * malformed parse is refused before anything reaches the tree builder, and
 * so that empty elements (-NONE- traces of the original Treebank files) can
 * be dropped together with the phrases that hold nothing else. The second
 * pass replays the events into the builder.
 */
#include "lang/treebank.h"

#include <string.h>

enum { EV_OPEN, EV_LEAF, EV_CLOSE };

typedef struct event {
    int kind;
    int empty;           /* EV_OPEN/EV_LEAF: yields no real word (a trace) */
    const char *label;   /* label text (EV_OPEN, EV_LEAF) */
    size_t label_len;
    const char *word;    /* EV_LEAF */
    size_t word_len;
} event;

typedef struct reader {
    const char *s;
    size_t n, pos;
    event *ev;
    size_t nev;
    size_t *open;        /* indices of open EV_OPEN events */
    size_t depth;
    dy_treebank_error *err;
} reader;

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_delim(char c)
{
    return is_space(c) || c == '(' || c == ')';
}

static void skip_space(reader *r)
{
    while (r->pos < r->n && is_space(r->s[r->pos]))
        r->pos++;
}

/* Read a run of non-space, non-bracket bytes; returns its length. */
static size_t read_atom(reader *r, const char **start)
{
    *start = r->s + r->pos;
    size_t begin = r->pos;
    while (r->pos < r->n && !is_delim(r->s[r->pos]) && r->s[r->pos] != 0)
        r->pos++;
    return r->pos - begin;
}

static int fail(reader *r, size_t pos, const char *msg)
{
    if (r->err) {
        r->err->pos = (long)pos;
        r->err->msg = msg;
    }
    return -1;
}

static int is_trace_label(const char *s, size_t n)
{
    return n == 6 && memcmp(s, "-NONE-", 6) == 0;
}

/* After "(": the label, then either one word and ")" or nested phrases. */
static int read_open(reader *r)
{
    size_t at = r->pos++;
    skip_space(r);
    event e = {EV_OPEN, 1, NULL, 0, NULL, 0};
    e.label_len = read_atom(r, &e.label);
    if (e.label_len == 0 && r->depth > 0)
        return fail(r, at, "constituent without a label");
    skip_space(r);
    if (r->pos >= r->n)
        return fail(r, r->pos, "unbalanced parentheses: missing ')'");
    char c = r->s[r->pos];
    if (c == ')')
        return fail(r, at, "empty constituent");
    if (c == '(') {
        r->open[r->depth++] = r->nev;
        r->ev[r->nev++] = e;
        return 0;
    }
    /* a preterminal: (TAG word) */
    e.kind = EV_LEAF;
    size_t word_at = r->pos;
    e.word_len = read_atom(r, &e.word);
    if (e.word_len == 0)
        return fail(r, word_at, "unexpected byte in parse");
    if (e.label_len == 0)
        return fail(r, at, "word without a part-of-speech tag");
    skip_space(r);
    if (r->pos >= r->n)
        return fail(r, r->pos, "unbalanced parentheses: missing ')'");
    if (r->s[r->pos] != ')')
        return fail(r, r->pos, "more than one word in a leaf");
    r->pos++;
    e.empty = is_trace_label(e.label, e.label_len);
    if (!e.empty && r->depth > 0)
        r->ev[r->open[r->depth - 1]].empty = 0;
    r->ev[r->nev++] = e;
    return 0;
}

static int read_close(reader *r)
{
    if (r->depth == 0)
        return fail(r, r->pos, "unbalanced parentheses: unexpected ')'");
    size_t opened = r->open[--r->depth];
    if (!r->ev[opened].empty && r->depth > 0)
        r->ev[r->open[r->depth - 1]].empty = 0;
    r->pos++;
    event e = {EV_CLOSE, r->ev[opened].empty, NULL, 0, NULL, 0};
    r->ev[r->nev++] = e;
    return 0;
}

/* Pass one: check the whole string and fill r->ev. */
static int scan(reader *r)
{
    skip_space(r);
    if (r->pos >= r->n)
        return fail(r, r->pos, "empty parse");
    if (r->s[r->pos] != '(')
        return fail(r, r->pos, "parse does not start with '('");
    do {
        char c = r->s[r->pos];
        int rc;
        if (c == '(')
            rc = read_open(r);
        else if (c == ')')
            rc = read_close(r);
        else
            rc = fail(r, r->pos, r->depth ? "word where a bracket belongs"
                                           : "unexpected byte in parse");
        if (rc)
            return rc;
        skip_space(r);
        if (r->depth > 0 && r->pos >= r->n)
            return fail(r, r->pos, "unbalanced parentheses: missing ')'");
    } while (r->depth > 0);
    if (r->pos < r->n)
        return fail(r, r->pos, r->s[r->pos] == ')' ? "unbalanced parentheses: unexpected ')'"
                                                   : "text after the end of the parse");
    if (r->ev[0].empty)
        return fail(r, 0, "parse has no words");
    return 0;
}

static size_t count_byte(const char *s, size_t n, char c)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] == c;
    return k;
}

/*
 * The plain-text form of a Treebank leaf: -LRB- is "(", `` and '' are '"',
 * "\/" is "/". Returns word itself when nothing is escaped; otherwise a
 * static string (for brackets and quotes) with its length in *out_len.
 * Slash escapes are rare and not undone here: callers compare with
 * dy_treebank_align's rules, which accept both spellings.
 */
const char *dy_treebank_unescape(const char *word, size_t n, size_t *out_len)
{
    static const struct { const char *esc, *plain; } map[] = {
        {"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"},
        {"-LCB-", "{"}, {"-RCB-", "}"}, {"``", "\""}, {"''", "\""},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strlen(map[i].esc) == n && memcmp(map[i].esc, word, n) == 0) {
            *out_len = strlen(map[i].plain);
            return map[i].plain;
        }
    *out_len = n;
    return word;
}

static char *upper_copy(dy_arena *a, const char *w, size_t n)
{
    char *u = dy_arena_strndup(a, w, n);
    for (size_t i = 0; i < n; i++)
        if (u[i] >= 'a' && u[i] <= 'z')
            u[i] = (char)(u[i] - 'a' + 'A');
    return u;
}

static void emit_leaf(dy_tree_builder *b, const event *e)
{
    dy_leaf leaf;
    memset(&leaf, 0, sizeof leaf);
    leaf.text = dy_arena_strndup(b->arena, e->word, e->word_len);
    leaf.len = (uint32_t)e->word_len;
    size_t plain_len;
    const char *plain = dy_treebank_unescape(e->word, e->word_len, &plain_len);
    leaf.upper = upper_copy(b->arena, plain, plain_len);
    leaf.ulen = (uint32_t)plain_len;
    leaf.start = leaf.end = -1;
    dy_label tag = dy_label_parse(e->label, e->label_len);
    if (dy_label_is_tag(tag)) {
        dy_tree_add_leaf(b, tag, &leaf);
        return;
    }
    /* (NP Arnor): keep the phrase, give the word an unknown tag */
    dy_tree_open(b, tag == DY_NONE ? DY_X : tag);
    dy_tree_add_leaf(b, DY_XX, &leaf);
    dy_tree_close(b);
}

/* Does the label carry the function tag -TMP (NP-TMP, PP-TMP-2)? */
static int has_tmp_tag(const char *s, size_t n)
{
    for (size_t i = 1; i + 3 <= n; i++)
        if (s[i - 1] == '-' && memcmp(s + i, "TMP", 3) == 0 && (i + 3 == n || s[i + 3] == '-'))
            return 1;
    return 0;
}

static dy_label phrase_label(const event *e, int outermost)
{
    if (e->label_len == 0 && outermost)
        return DY_ROOT;   /* "( (S ...))" as in the original Treebank files */
    dy_label l = dy_label_parse(e->label, e->label_len);
    return l == DY_NONE || dy_label_is_tag(l) ? DY_X : l;
}

/* Pass two: replay the events into the builder, leaving out traces. */
static void build(dy_tree_builder *b, const event *ev, size_t nev)
{
    for (size_t i = 0; i < nev; i++) {
        const event *e = &ev[i];
        if (e->empty)
            continue;
        if (e->kind == EV_OPEN) {
            int32_t id = dy_tree_open(b, phrase_label(e, i == 0));
            if (has_tmp_tag(e->label, e->label_len))
                b->node[id].flags |= DY_NODE_TMP;
        } else if (e->kind == EV_LEAF) {
            emit_leaf(b, e);
        } else {
            dy_tree_close(b);
        }
    }
}

/*
 * Read the bracketed parse s (n bytes) into *out, in the builder's arena.
 * Returns 0, or -1 with *err (if not NULL) saying what is wrong and where;
 * on error *out is left untouched and the builder is ready for reuse.
 */
int dy_treebank_read(dy_tree_builder *b, const char *s, size_t n, dy_tree *out,
                     dy_treebank_error *err)
{
    if (err) {
        err->pos = -1;
        err->msg = NULL;
    }
    size_t opens = count_byte(s, n, '(');
    reader r;
    memset(&r, 0, sizeof r);
    r.s = s;
    r.n = n;
    r.err = err;
    r.ev = dy_arena_alloc(b->arena, sizeof *r.ev * (2 * opens + 1));
    r.open = dy_arena_alloc(b->arena, sizeof *r.open * (opens + 1));
    if (scan(&r) != 0)
        return -1;
    build(b, r.ev, r.nev);
    if (dy_tree_finish(b, out) != 0)
        return fail(&r, 0, "internal error: unbalanced tree");
    return 0;
}

/* ---- alignment ---------------------------------------------------------- */

static int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Length of a quote mark at p (ASCII or UTF-8 curly), 0 if none. */
static size_t quote_at(const unsigned char *p, size_t left)
{
    if (left >= 2 && ((p[0] == '`' && p[1] == '`') || (p[0] == '\'' && p[1] == '\'')))
        return 2;
    if (left >= 1 && (p[0] == '"' || p[0] == '\'' || p[0] == '`'))
        return 1;
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
        (p[2] == 0x98 || p[2] == 0x99 || p[2] == 0x9C || p[2] == 0x9D || p[2] == 0x9E))
        return 3;
    if (left >= 2 && p[0] == 0xC2 && (p[1] == 0xAB || p[1] == 0xBB))
        return 2;
    return 0;
}

/* Length of a dash at p: "--", "-", or an en/em dash. */
static size_t dash_at(const unsigned char *p, size_t left)
{
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94))
        return 3;
    if (left >= 2 && p[0] == '-' && p[1] == '-')
        return 2;
    return left >= 1 && p[0] == '-';
}

static int is_quote_leaf(const char *w, size_t n)
{
    return (n == 2 && (memcmp(w, "``", 2) == 0 || memcmp(w, "''", 2) == 0)) ||
           (n == 1 && (w[0] == '"' || w[0] == '\'' || w[0] == '`'));
}

/*
 * How many bytes of text at p spell the leaf word w, or 0 if it does not
 * start there. Case is ignored; an apostrophe also matches a typographic
 * one; "\/" in the leaf matches "/".
 */
static size_t word_at(const unsigned char *p, size_t left, const char *w, size_t n)
{
    if (is_quote_leaf(w, n))
        return quote_at(p, left);
    if (n == 2 && memcmp(w, "--", 2) == 0)
        return dash_at(p, left);
    size_t plain_len;
    const char *plain = dy_treebank_unescape(w, n, &plain_len);
    if (plain != w) {
        if (plain[0] == '(')
            return left && (p[0] == '(' || p[0] == '[' || p[0] == '{');
        if (plain[0] == ')')
            return left && (p[0] == ')' || p[0] == ']' || p[0] == '}');
        return left && p[0] == (unsigned char)plain[0];
    }
    size_t i = 0, j = 0;
    while (j < n) {
        if (w[j] == '\\' && j + 1 < n && (w[j + 1] == '/' || w[j + 1] == '*')) {
            j++;
            continue;
        }
        if (w[j] == '\'' && i + 3 <= left && p[i] == 0xE2 && p[i + 1] == 0x80 &&
            p[i + 2] == 0x99) {
            i += 3;
            j++;
            continue;
        }
        if (i >= left || lower(p[i]) != lower((unsigned char)w[j]))
            return 0;
        i++;
        j++;
    }
    return i;
}

/*
 * Set the byte spans of t's leaves to where their words occur in text (n
 * bytes), in order. Best effort: a leaf not found near where the previous
 * one ended keeps start = end = -1, and the search goes on from there, so
 * an edited text or a parse that differs in a few words still aligns
 * elsewhere. Returns the number of leaves aligned.
 */
int dy_treebank_align(dy_tree *t, const char *text, size_t n)
{
    const unsigned char *u = (const unsigned char *)text;
    size_t cursor = 0;
    int aligned = 0;
    for (int32_t i = 0; i < t->nleaf; i++) {
        dy_leaf *leaf = &t->leaf[i];
        leaf->start = leaf->end = -1;
        while (cursor < n && is_space((char)u[cursor]))
            cursor++;
        /* look a little ahead: the text may hold words the parse lacks */
        size_t window = 48 + 2 * (size_t)leaf->len;
        for (size_t p = cursor; p < n && p <= cursor + window; p++) {
            if (p > cursor && is_alnum(u[p - 1]) && leaf->len &&
                is_alnum((unsigned char)leaf->text[0]))
                continue;   /* not inside another word */
            size_t len = word_at(u + p, n - p, leaf->text, leaf->len);
            if (len == 0)
                continue;
            leaf->start = (int32_t)p;
            leaf->end = (int32_t)(p + len);
            cursor = p + len;
            aligned++;
            break;
        }
    }
    return aligned;
}
