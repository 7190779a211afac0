/*
 * issues.c — reading an issues file (Phoenix.IssueCoding.txt).
 *
 *   <ISSUE CATEGORY="ENERGY" TYPE="ALL">   opens a category
 *   light sweet crude [OIL]                a phrase and its code
 *   n:kindergarten [EDU]                   n: singular and plural (§0 rule)
 *   v:kidnap                               v: the regular verb forms (§1)
 *   pre+n:school [EDU]                     +: joined by a space or a hyphen
 *   ~a head start                          cancels issue coding
 *   </ISSUE>
 *
 * Every combination of the expansions becomes one dy_issue record. A line
 * inside a category without a code takes the category's name as its code
 * (with a warning).
 */
#include "dict/build.h"

#include <string.h>

#include "base/buf.h"
#include "base/mem.h"
#include "dict/lines.h"
#include "dict/morph.h"

#define MAX_VARIANTS 1024

typedef struct variants {
    dy_buf *v;
    size_t n, cap;
} variants;

static void var_add(variants *vs, const char *s, size_t n)
{
    DY_GROW(vs->v, vs->cap, vs->n + 1);
    dy_buf *b = &vs->v[vs->n++];
    *b = (dy_buf)DY_BUF_INIT;
    dy_buf_add(b, s, n);
}

static void var_free(variants *vs)
{
    for (size_t i = 0; i < vs->n; i++)
        dy_buf_free(&vs->v[i]);
    dy_free(vs->v);
    memset(vs, 0, sizeof *vs);
}

/* The alternatives of one part of a token: w, n:w or v:w (upper-cased). */
static void part_forms(const char *s, size_t n, variants *out)
{
    char up[DY_FORM_CAP];
    int noun = n > 2 && (s[0] == 'n' || s[0] == 'N') && s[1] == ':';
    int verb = n > 2 && (s[0] == 'v' || s[0] == 'V') && s[1] == ':';
    if (noun || verb) {
        s += 2;
        n -= 2;
    }
    if (n >= DY_FORM_CAP - 4) {
        char *big = dy_xmalloc(n);
        dy_upper_copy(big, s, n);
        var_add(out, big, n);
        dy_free(big);
        return;
    }
    dy_upper_copy(up, s, n);
    if (verb) {
        dy_forms f;
        dy_verb_forms(up, n, &f);
        for (int i = 0; i < f.count; i++)
            var_add(out, f.s[i], f.len[i]);
        return;
    }
    var_add(out, up, n);
    if (noun) {
        char pl[DY_FORM_CAP];
        size_t pn = dy_agent_plural(up, n, pl);
        if (pn)
            var_add(out, pl, pn);
    }
}

/* out = every a + sep + b. */
static void cross(variants *acc, const variants *next, const char *sep)
{
    variants res = {0};
    for (size_t i = 0; i < acc->n && res.n < MAX_VARIANTS; i++)
        for (size_t k = 0; k < next->n && res.n < MAX_VARIANTS; k++) {
            var_add(&res, acc->v[i].data, acc->v[i].len);
            if (acc->v[i].len)
                dy_buf_adds(&res.v[res.n - 1], sep);
            dy_buf_add(&res.v[res.n - 1], next->v[k].data, next->v[k].len);
        }
    var_free(acc);
    *acc = res;
}

/* The variants of one blank-free token ("pre+n:school"). */
static void token_forms(const char *s, size_t n, variants *out)
{
    const char *seps[2] = {" ", "-"};
    int joined = memchr(s, '+', n) != NULL;
    for (int j = 0; j < (joined ? 2 : 1); j++) {
        variants acc = {0};
        var_add(&acc, "", 0);
        size_t i = 0;
        while (i <= n) {
            size_t k = i;
            while (k < n && s[k] != '+')
                k++;
            if (k > i) {
                variants part = {0};
                part_forms(s + i, k - i, &part);
                cross(&acc, &part, seps[j]);
                var_free(&part);
            }
            i = k + 1;
        }
        for (size_t v = 0; v < acc.n; v++)
            var_add(out, acc.v[v].data, acc.v[v].len);
        var_free(&acc);
    }
}

/* All variants of a phrase ("n:bachelor n:degree"); `_` counts as a blank. */
static void phrase_variants(const char *s, size_t n, variants *out)
{
    var_add(out, "", 0);
    size_t i = 0;
    while (i < n) {
        while (i < n && (dy_is_blank((unsigned char)s[i]) || s[i] == '_'))
            i++;
        size_t k = i;
        while (k < n && !dy_is_blank((unsigned char)s[k]) && s[k] != '_')
            k++;
        if (k > i) {
            variants tok = {0};
            token_forms(s + i, k - i, &tok);
            cross(out, &tok, " ");
            var_free(&tok);
        }
        i = k;
    }
}

typedef struct issues_reader {
    dy_builder *b;
    long line;
    uint32_t category;   /* DY_NO_INDEX outside <ISSUE> */
} issues_reader;

static void add_entry(issues_reader *r, const char *s, size_t n, dy_str code, int cancel)
{
    dy_builder *b = r->b;
    dy_trim(&s, &n);
    if (n == 0) {
        dy_b_report(b, DY_ERROR, r->line, "issue without a phrase");
        b->stats.skipped_lines++;
        return;
    }
    variants vs = {0};
    phrase_variants(s, n, &vs);
    if (vs.n >= MAX_VARIANTS)
        dy_b_report(b, DY_WARNING, r->line, "issue '%.*s' has too many variants: first %d kept",
                    (int)n, s, MAX_VARIANTS);
    for (size_t i = 0; i < vs.n; i++) {
        size_t k = dy_b_split(b, vs.v[i].data, vs.v[i].len, NULL);
        dy_issue *is = DY_PUSH(b, issue);
        is->category = r->category;
        is->code = code;
        is->text = dy_b_str(b, vs.v[i].data, vs.v[i].len);
        is->phrase = dy_b_phrase(b, b->tmpw, NULL, k, 0);
        is->line = (uint32_t)r->line;
        is->file = b->cur_file;
        is->cancel = (uint8_t)cancel;
        b->stats.issues++;
    }
    b->stats.issue_lines++;
    var_free(&vs);
}

/* The value of attribute `name` in an <ISSUE ...> tag; 0 if absent. */
static int attr(const char *s, size_t n, const char *name, const char **v, size_t *vn)
{
    size_t k = strlen(name);
    for (size_t i = 0; i + k + 2 <= n; i++) {
        if (memcmp(s + i, name, k) != 0 || s[i + k] != '=' || s[i + k + 1] != '"')
            continue;
        const char *start = s + i + k + 2;
        const char *end = memchr(start, '"', n - (size_t)(start - s));
        if (!end)
            return 0;
        *v = start;
        *vn = (size_t)(end - start);
        return 1;
    }
    return 0;
}

static void tag_line(issues_reader *r, const char *s, size_t n)
{
    dy_builder *b = r->b;
    if (n >= 8 && memcmp(s, "</ISSUE>", 8) == 0) {
        r->category = DY_NO_INDEX;
        return;
    }
    const char *name, *type;
    size_t nn, tn;
    if (n < 7 || memcmp(s, "<ISSUE ", 7) != 0) {
        dy_b_report(b, DY_WARNING, r->line, "unknown tag '%.*s' ignored", (int)n, s);
        b->stats.skipped_lines++;
        return;
    }
    if (!attr(s, n, "CATEGORY", &name, &nn) || nn == 0) {
        dy_b_report(b, DY_ERROR, r->line, "<ISSUE> without CATEGORY=\"...\"");
        b->stats.skipped_lines++;
        r->category = DY_NO_INDEX;
        return;
    }
    if (!attr(s, n, "TYPE", &type, &tn))
        type = "", tn = 0;
    dy_issue_category *c = DY_PUSH(b, issue_category);
    c->name = dy_b_str(b, name, nn);
    c->type = dy_b_str(b, type, tn);
    c->line = (uint32_t)r->line;
    c->file = b->cur_file;
    r->category = (uint32_t)(b->n_issue_category - 1);
    b->stats.issue_categories++;
}

/* One or more `phrase [CODE]` entries on a line. */
static void entry_line(issues_reader *r, const char *s, size_t n)
{
    dy_builder *b = r->b;
    const char *end = s + n;
    const char *lb = memchr(s, '[', n);
    if (!lb) {
        if (r->category == DY_NO_INDEX) {
            dy_b_report(b, DY_ERROR, r->line, "issue '%.*s' has no [code] and no category", (int)n, s);
            b->stats.skipped_lines++;
            return;
        }
        dy_str cat = b->issue_category[r->category].name;
        dy_b_report(b, DY_WARNING, r->line, "issue '%.*s' has no [code]: the category %s is used",
                    (int)n, s, dy_intern_str(&b->strs, cat + 1));
        add_entry(r, s, n, cat, 0);
        return;
    }
    int entries = 0;
    while (lb) {
        const char *rb = memchr(lb, ']', (size_t)(end - lb));
        if (!rb) {
            dy_b_report(b, DY_ERROR, r->line, "issue code: '[' without ']'");
            b->stats.skipped_lines++;
            return;
        }
        const char *c = lb + 1;
        size_t cn = (size_t)(rb - c);
        dy_trim(&c, &cn);
        const char *ph = s;
        size_t pn = (size_t)(lb - s);
        dy_trim(&ph, &pn);
        if (pn == 0 && entries > 0) {
            dy_b_report(b, DY_WARNING, r->line, "second code [%.*s] ignored", (int)cn, c);
        } else if (cn == 0) {
            dy_b_report(b, DY_ERROR, r->line, "issue with an empty code []");
            b->stats.skipped_lines++;
        } else {
            if (entries == 1)
                dy_b_report(b, DY_WARNING, r->line, "more than one issue entry on this line");
            add_entry(r, ph, pn, dy_b_str(b, c, cn), 0);
            entries++;
        }
        s = rb + 1;
        lb = memchr(s, '[', (size_t)(end - s));
    }
    size_t rest = (size_t)(end - s);
    const char *t = s;
    dy_trim(&t, &rest);
    if (rest)
        dy_b_report(b, DY_WARNING, r->line, "text after the issue code ignored: '%.*s'", (int)rest, t);
}

/* Read an issues file (the current file of b). */
void dy_load_issues(dy_builder *b, const char *text, size_t len)
{
    issues_reader r = {b, 0, DY_NO_INDEX};
    dy_lines lines;
    dy_lines_init(&lines, text, len, 0);
    while (dy_lines_next(&lines)) {
        r.line = lines.lineno;
        const char *s = lines.text;
        size_t n = lines.len;
        if (s[0] == '<')
            tag_line(&r, s, n);
        else if (s[0] == '~')
            add_entry(&r, s + 1, n - 1, DY_STR_EMPTY, 1);
        else
            entry_line(&r, s, n);
    }
}
