/*
 * actors.c — reading actor files (FORMATS.md "Actors files").
 *
 *   PRIMARY_PHRASE [CODE] [CODE2 >YYYYMMDD] ...   a new actor, its codes
 *   +SYNONYM_PHRASE                              another name of it
 *   	[CODE D1-D2]                             (indented) more codes
 *
 * Codes of an actor are kept in file order with their date restrictions
 * (CODING-RULES §2.8); names are phrases (`_` adjacent, space gap).
 */
#include "dict/build.h"

#include <string.h>

#include "dict/lines.h"

/*
 * Expand a date of 6 (YYMMDD, YY <= 30 is 20YY, else 19YY) or 8
 * (YYYYMMDD) digits to YYYYMMDD; 0 if it is not such a date (other
 * lengths, non-digits, month not 1-12, day not 1-31).
 */
uint32_t dy_dict_expand_date(const char *digits, size_t n)
{
    if (n != 6 && n != 8)
        return 0;
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (digits[i] < '0' || digits[i] > '9')
            return 0;
        v = v * 10 + (uint32_t)(digits[i] - '0');
    }
    if (n == 6) {
        uint32_t yy = v / 10000;
        v += (yy <= 30 ? 2000u : 1900u) * 10000u;
    }
    uint32_t month = v / 100 % 100, day = v % 100;
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return 0;
    return v;
}

/* A date restriction's date; 0 after reporting. Over-long dates (typos in
 * Phoenix such as 201005011) are read by their first 8 digits, as the
 * reference coders read them, with a warning. A date that cannot be read
 * (9008223) loses its code, with a warning: the actor keeps its other
 * codes, as with the reference coders, which reject such a restriction. */
static uint32_t read_date(dy_builder *b, long line, const char *s, size_t n)
{
    dy_trim(&s, &n);
    size_t digits = 0;
    while (digits < n && s[digits] >= '0' && s[digits] <= '9')
        digits++;
    if (digits == n && n > 8) {
        dy_b_report(b, DY_WARNING, line,
                    "date '%.*s' has %zu digits: read as %.8s (its first 8), as the reference "
                    "coders do", (int)n, s, n, s);
        n = 8;
    }
    uint32_t d = dy_dict_expand_date(s, n);
    if (!d) {
        dy_b_report(b, DY_WARNING, line,
                    "bad date '%.*s' (YYMMDD or YYYYMMDD expected): this code is skipped", (int)n, s);
        b->stats.skipped_lines++;
    }
    return d;
}

/* The inside of one [...]: CODE, then nothing, <D, >D or D1-D2. */
static void actor_code(dy_builder *b, long line, uint32_t actor, const char *s, size_t n)
{
    dy_trim(&s, &n);
    size_t k = 0;
    while (k < n && !dy_is_blank((unsigned char)s[k]) && s[k] != '<' && s[k] != '>')
        k++;
    if (k == 0) {
        dy_b_report(b, DY_ERROR, line, "actor code missing in [%.*s]", (int)n, s);
        return;
    }
    dy_actor_code c = {dy_b_str(b, s, k), 0, 0, DY_DATE_ANY};
    const char *r = s + k;
    size_t rn = n - k;
    dy_trim(&r, &rn);
    if (rn && (*r == '<' || *r == '>')) {
        c.kind = *r == '<' ? DY_DATE_BEFORE : DY_DATE_AFTER;
        uint32_t d = read_date(b, line, r + 1, rn - 1);
        if (!d)
            return;
        if (c.kind == DY_DATE_BEFORE)
            c.hi = d;
        else
            c.lo = d;
    } else if (rn) {
        const char *dash = memchr(r, '-', rn);
        if (!dash) {
            dy_b_report(b, DY_WARNING, line,
                        "date restriction '%.*s' is not <DATE, >DATE or DATE-DATE: this code is "
                        "skipped", (int)rn, r);
            b->stats.skipped_lines++;
            return;
        }
        c.kind = DY_DATE_RANGE;
        c.lo = read_date(b, line, r, (size_t)(dash - r));
        if (!c.lo)
            return;
        c.hi = read_date(b, line, dash + 1, rn - (size_t)(dash - r) - 1);
        if (!c.hi)
            return;
    }
    *DY_PUSH(b, actor_code) = c;
    b->actor[actor].ncodes++;
    b->stats.actor_codes++;
}

/* All [...] groups in s[0..n) for actor (DY_NO_INDEX: none yet: an error). */
static void actor_codes(dy_builder *b, long line, uint32_t actor, const char *s, size_t n)
{
    if (actor == DY_NO_INDEX) {
        dy_b_report(b, DY_ERROR, line, "actor code before any actor name");
        b->stats.skipped_lines++;
        return;
    }
    const char *end = s + n;
    while (s < end) {
        const char *lb = memchr(s, '[', (size_t)(end - s));
        const char *gap = s;
        size_t gn = lb ? (size_t)(lb - s) : (size_t)(end - s);
        dy_trim(&gap, &gn);
        if (gn)
            dy_b_report(b, DY_WARNING, line, "text outside [...] ignored: '%.*s'", (int)gn, gap);
        if (!lb)
            return;
        const char *rb = memchr(lb, ']', (size_t)(end - lb));
        if (!rb) {
            dy_b_report(b, DY_ERROR, line, "actor code: '[' without ']'");
            return;
        }
        actor_code(b, line, actor, lb + 1, (size_t)(rb - lb - 1));
        s = rb + 1;
    }
}

static uint32_t add_name(dy_builder *b, long line, uint32_t actor, const char *s, size_t n,
                         int synonym)
{
    uint32_t ph = dy_b_phrase_text(b, s, n);
    if (b->phrase[ph].n == 0) {
        dy_b_report(b, DY_ERROR, line, "actor name without words");
        b->stats.skipped_lines++;
        return DY_NO_INDEX;
    }
    dy_actor_name *nm = DY_PUSH(b, actor_name);
    nm->phrase = ph;
    nm->actor = actor;
    nm->line = (uint32_t)line;
    nm->file = b->cur_file;
    nm->flags = synonym ? DY_ACTOR_SYNONYM : 0;
    b->stats.actor_names++;
    return (uint32_t)(b->n_actor_name - 1);
}

static uint32_t primary(dy_builder *b, long line, const char *s, size_t n)
{
    const char *lb = memchr(s, '[', n);
    size_t nn = lb ? (size_t)(lb - s) : n;
    dy_actor *a = DY_PUSH(b, actor);
    a->codes = (uint32_t)b->n_actor_code;
    a->line = (uint32_t)line;
    a->file = b->cur_file;
    uint32_t id = (uint32_t)(b->n_actor - 1);
    uint32_t name = add_name(b, line, id, s, nn, 0);
    if (name == DY_NO_INDEX) {
        b->n_actor--;
        return DY_NO_INDEX;
    }
    b->actor[id].name = name;
    b->stats.actor_entries++;
    if (lb)
        actor_codes(b, line, id, lb, n - nn);
    return id;
}

/* Read an actors file (the current file of b). */
void dy_load_actors(dy_builder *b, const char *text, size_t len)
{
    dy_lines r;
    dy_lines_init(&r, text, len, DY_LINES_SEMICOLON);
    uint32_t actor = DY_NO_INDEX;
    while (dy_lines_next(&r)) {
        const char *s = r.text;
        size_t n = r.len;
        long line = r.lineno;
        if (s[0] == '[') {
            actor_codes(b, line, actor, s, n);
        } else if (s[0] == '+') {
            if (actor == DY_NO_INDEX) {
                dy_b_report(b, DY_ERROR, line, "synonym '%.*s' before any actor", (int)n, s);
                b->stats.skipped_lines++;
                continue;
            }
            const char *lb = memchr(s, '[', n);
            size_t nn = lb ? (size_t)(lb - s) : n;
            if (add_name(b, line, actor, s + 1, nn - 1, 1) != DY_NO_INDEX && lb)
                actor_codes(b, line, actor, lb, n - nn);
        } else {
            actor = primary(b, line, s, n);
        }
    }
}
