/*
 * agents.c — reading an agents file (FORMATS.md "Agents file", CODING-RULES §0).
 *
 *   !PERSON! = MAN, MEN, WOMAN          a substitution set
 *   PHRASE {PLURAL} [~CODE]              suffix agent; {} = no plural
 *   PHRASE [CODE~]                       prefix agent
 *   CONGRESS!PERSON! [~LEG]              one agent per set member, no plural
 *
 * Without {..} a plural is generated from the last word: Y->IES, +ES after
 * S, otherwise +S (none if the phrase ends in `_`).
 */
#include "dict/build.h"

#include <string.h>

#include "base/buf.h"
#include "base/mem.h"
#include "dict/lines.h"
#include "dict/morph.h"

typedef struct subst_set {
    char *name;          /* "!PERSON!" */
    char **value;
    size_t nvalue;
} subst_set;

typedef struct agents_reader {
    dy_builder *b;
    long line;
    subst_set *set;
    size_t nset, cap_set;
} agents_reader;

static void set_free(agents_reader *r)
{
    for (size_t i = 0; i < r->nset; i++) {
        for (size_t k = 0; k < r->set[i].nvalue; k++)
            dy_free(r->set[i].value[k]);
        dy_free(r->set[i].value);
        dy_free(r->set[i].name);
    }
    dy_free(r->set);
}

static const subst_set *find_set(const agents_reader *r, const char *name, size_t n)
{
    for (size_t i = r->nset; i-- > 0;)
        if (strlen(r->set[i].name) == n && memcmp(r->set[i].name, name, n) == 0)
            return &r->set[i];
    return NULL;
}

/* `!NAME! = A, B, C` */
static void define_set(agents_reader *r, const char *s, size_t n)
{
    const char *eq = memchr(s, '=', n);
    const char *name = s;
    size_t nn = (size_t)(eq - s);
    dy_trim(&name, &nn);
    if (nn < 3 || name[nn - 1] != '!' || memchr(name + 1, '!', nn - 2)) {
        dy_b_report(r->b, DY_ERROR, r->line, "substitution set name must be !NAME!");
        r->b->stats.skipped_lines++;
        return;
    }
    DY_GROW(r->set, r->cap_set, r->nset + 1);
    subst_set *set = &r->set[r->nset++];
    memset(set, 0, sizeof *set);
    set->name = dy_xstrndup(name, nn);
    const char *p = eq + 1, *end = s + n;
    size_t cap = 0;
    while (p <= end) {
        const char *c = memchr(p, ',', (size_t)(end - p));
        const char *v = p;
        size_t vn = (size_t)((c ? c : end) - p);
        dy_trim(&v, &vn);
        if (vn) {
            DY_GROW(set->value, cap, set->nvalue + 1);
            set->value[set->nvalue++] = dy_xstrndup(v, vn);
        }
        if (!c)
            break;
        p = c + 1;
    }
    if (set->nvalue == 0)
        dy_b_report(r->b, DY_WARNING, r->line, "substitution set %.*s is empty", (int)nn, name);
}

static void add_agent(agents_reader *r, uint32_t phrase, dy_str code, int kind, int flags)
{
    dy_agent *a = DY_PUSH(r->b, agent);
    a->phrase = phrase;
    a->code = code;
    a->line = (uint32_t)r->line;
    a->file = r->b->cur_file;
    a->kind = (uint8_t)kind;
    a->flags = (uint8_t)flags;
    r->b->stats.agents++;
}

/*
 * Expand the !SET! markers of text[0..n) into every combination; each
 * result is added as an agent. Returns 0 if the text has no marker, -1
 * after an error, else the number of agents added.
 */
static int substitute(agents_reader *r, const char *text, size_t n, dy_str code, int kind,
                      int depth)
{
    const char *a = memchr(text, '!', n);
    if (!a)
        return 0;
    if (depth > 8) {
        dy_b_report(r->b, DY_ERROR, r->line, "substitution sets nested too deeply");
        return -1;
    }
    const char *z = memchr(a + 1, '!', n - (size_t)(a + 1 - text));
    if (!z) {
        dy_b_report(r->b, DY_ERROR, r->line, "unclosed !SET! marker in '%.*s'", (int)n, text);
        return -1;
    }
    const subst_set *set = find_set(r, a, (size_t)(z - a + 1));
    if (!set) {
        dy_b_report(r->b, DY_ERROR, r->line, "substitution set %.*s is not defined", (int)(z - a + 1), a);
        return -1;
    }
    int added = 0;
    size_t mn = (size_t)(z - a + 1);
    for (size_t i = 0; i < set->nvalue; i++) {
        /* every occurrence of the marker takes the same member, as a text
         * replacement does (AD!MINIST!RATION in Phoenix gives 4, not 16) */
        dy_buf t = DY_BUF_INIT;
        const char *p = text, *end = text + n;
        while (p < end) {
            const char *q = p;
            while (q + mn <= end && memcmp(q, a, mn) != 0)
                q++;
            if (q + mn > end) {
                dy_buf_add(&t, p, (size_t)(end - p));
                break;
            }
            dy_buf_add(&t, p, (size_t)(q - p));
            dy_buf_adds(&t, set->value[i]);
            p = q + mn;
        }
        dy_buf_adds(&t, "");
        int k = substitute(r, t.data, t.len, code, kind, depth + 1);
        if (k == 0) {
            add_agent(r, dy_b_phrase_text(r->b, t.data, t.len), code, kind, DY_AGENT_SUBSTITUTED);
            k = 1;
        }
        dy_buf_free(&t);
        if (k < 0)
            return -1;
        added += k;
    }
    return added;
}

/* The code of an agent line: ~X (suffix) or X~ (prefix). 0 after an error. */
static int agent_code(agents_reader *r, const char *s, size_t n, dy_str *code, int *kind)
{
    dy_trim(&s, &n);
    int pre = n > 1 && s[n - 1] == '~', suf = n > 1 && s[0] == '~';
    if (pre == suf || memchr(s + 1, '~', n - 2)) {
        dy_b_report(r->b, DY_ERROR, r->line,
                    "agent code '%.*s' must be [~CODE] (suffix) or [CODE~] (prefix)", (int)n, s);
        return 0;
    }
    *kind = pre ? DY_AGENT_PREFIX : DY_AGENT_SUFFIX;
    const char *c = pre ? s : s + 1;
    size_t cn = n - 1;
    dy_trim(&c, &cn);
    *code = dy_b_str(r->b, c, cn);
    return 1;
}

static void plurals(agents_reader *r, uint32_t single, dy_str code, int kind, const char *listed,
                    size_t nlisted, int has_list)
{
    dy_builder *b = r->b;
    if (has_list) {
        size_t i = 0;
        while (i < nlisted) {
            while (i < nlisted && dy_is_blank((unsigned char)listed[i]))
                i++;
            size_t j = i;
            while (j < nlisted && !dy_is_blank((unsigned char)listed[j]))
                j++;
            if (j > i)
                add_agent(r, dy_b_phrase_text(b, listed + i, j - i), code, kind, DY_AGENT_PLURAL);
            i = j;
        }
        return;
    }
    const dy_phrase p = b->phrase[single];
    if (p.flags & DY_PHRASE_TRAILING_ADJ)
        return;
    dy_word last = b->pword[p.first + p.n - 1];
    char pl[DY_FORM_CAP];
    size_t pn = dy_agent_plural(dy_intern_str(&b->words, last), dy_intern_len(&b->words, last), pl);
    if (pn == 0)
        return;
    dy_word *w = dy_xmalloc(p.n * sizeof *w);
    uint8_t *c = dy_xmalloc(p.n);
    memcpy(w, &b->pword[p.first], p.n * sizeof *w);
    memcpy(c, &b->pconn[p.first], p.n);
    w[p.n - 1] = dy_b_word(b, pl, pn);
    add_agent(r, dy_b_phrase(b, w, c, p.n, 0), code, kind, DY_AGENT_PLURAL);
    dy_free(w);
    dy_free(c);
}

/* Locate the [code]: returns 1 with *lb and *rb set, 0 if there is none (the
 * reference skips such a line: a warning), -1 after an error. */
static int find_code(agents_reader *r, const char *s, size_t n, const char **lb, const char **rb)
{
    *lb = memchr(s, '[', n);
    if (!*lb) {
        dy_b_report(r->b, DY_WARNING, r->line,
                    "agent '%.*s' has no [code]: skipped, as the reference coders do", (int)n, s);
        return 0;
    }
    size_t rest = n - (size_t)(*lb - s);
    *rb = memchr(*lb, ']', rest);
    if (!*rb) {
        const char *last = s + n - 1;
        if (*last == '}' && last > *lb) {
            dy_b_report(r->b, DY_WARNING, r->line, "agent code closed by '}' instead of ']'");
            *rb = last;
            return 1;
        }
        dy_b_report(r->b, DY_ERROR, r->line, "agent code: '[' without ']'");
        return -1;
    }
    const char *after = *rb + 1;
    size_t an = n - (size_t)(after - s);
    dy_trim(&after, &an);
    if (an)
        dy_b_report(r->b, DY_WARNING, r->line, "text after the agent code ignored: '%.*s'",
                    (int)an, after);
    return 1;
}

static void agent_line(agents_reader *r, const char *s, size_t n)
{
    dy_builder *b = r->b;
    const char *lb, *rb;
    int found = find_code(r, s, n, &lb, &rb);
    dy_str code;
    int kind;
    if (found <= 0 || !agent_code(r, lb + 1, (size_t)(rb - lb - 1), &code, &kind)) {
        b->stats.skipped_lines++;
        return;
    }
    const char *text = s, *lc = memchr(s, '{', (size_t)(lb - s)), *listed = NULL;
    size_t tn = (size_t)((lc ? lc : lb) - s), nlisted = 0;
    if (lc) {
        const char *rc = memchr(lc, '}', (size_t)(lb - lc));
        if (!rc) {
            dy_b_report(b, DY_ERROR, r->line, "agent plural: '{' without '}'");
            b->stats.skipped_lines++;
            return;
        }
        listed = lc + 1;
        nlisted = (size_t)(rc - listed);
    }
    dy_trim(&text, &tn);
    if (tn == 0) {
        dy_b_report(b, DY_ERROR, r->line, "agent line without a phrase");
        b->stats.skipped_lines++;
        return;
    }
    b->stats.agent_lines++;
    int k = substitute(r, text, tn, code, kind, 0);
    if (k != 0) {
        if (k < 0)
            b->stats.skipped_lines++;
        return;
    }
    uint32_t single = dy_b_phrase_text(b, text, tn);
    add_agent(r, single, code, kind, 0);
    plurals(r, single, code, kind, listed, nlisted, lc != NULL);
}

/* Read an agents file (the current file of b). */
void dy_load_agents(dy_builder *b, const char *text, size_t len)
{
    agents_reader r;
    memset(&r, 0, sizeof r);
    r.b = b;
    dy_lines lines;
    dy_lines_init(&lines, text, len, 0);
    while (dy_lines_next(&lines)) {
        r.line = lines.lineno;
        if (lines.text[0] == '!' && memchr(lines.text, '=', lines.len))
            define_set(&r, lines.text, lines.len);
        else
            agent_line(&r, lines.text, lines.len);
    }
    set_free(&r);
}
