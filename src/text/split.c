/*
 * split.c — the sentence splitter (rules in split.h and docs/text.md).
 *
 * One forward pass. Most bytes are skipped by a table lookup; only line
 * ends, terminal punctuation and quote characters stop the scan. At a
 * terminal mark the decision looks at the word before it (abbreviation?)
 * and the word after it (lower case? a sentence starter?). A unit is
 * classified (heading, byline, dateline) once, when it is closed.
 */
#include "text/split.h"

#include <string.h>

#include "base/mem.h"
#include "text/abbrev.h"
#include "text/chars.h"
#include "text/date.h"

/* How a unit came to an end: decides whether it may be a heading. */
typedef enum unit_end { END_TERMINAL, END_PARAGRAPH, END_HEADING_LINE, END_TEXT, END_CUT } unit_end;

typedef struct splitter {
    const unsigned char *t;
    size_t len;
    dy_sentences *out;
    size_t unit_begin;  /* where the current unit starts (may be white space) */
    size_t line_start;  /* first byte of the current line */
    uint32_t flags;     /* flags gathered while scanning the unit (QUOTE) */
    int para;           /* the current unit is the first of its paragraph */
} splitter;

/* Bytes that stop the fast scan. */
#define STOP(c) ((c) == '\n' || (c) == '.' || (c) == '!' || (c) == '?' || (c) == '"' || \
                 (c) == 0xE2 || (c) == 0xC2)
#define S4(b) STOP(b), STOP((b) + 1), STOP((b) + 2), STOP((b) + 3)
#define S16(b) S4(b), S4((b) + 4), S4((b) + 8), S4((b) + 12)
#define S64(b) S16(b), S16((b) + 16), S16((b) + 32), S16((b) + 48)
static const uint8_t stop_byte[256] = {S64(0), S64(64), S64(128), S64(192)};

static int is_space(unsigned char c)
{
    return dy_is(c, DY_C_SPACE);
}

/* Length of a sentence-ending mark at j: . ! ? (1 byte) or … (3), else 0. */
static size_t terminal_len(const splitter *s, size_t j)
{
    unsigned char c = s->t[j];
    if (c == '.' || c == '!' || c == '?')
        return 1;
    if (c == 0xE2 && j + 2 < s->len && s->t[j + 1] == 0x80 && s->t[j + 2] == 0xA6)
        return 3;
    return 0;
}

/* Length of a closing quote or bracket at j, else 0. Quotes set QUOTE. */
static size_t closer_len(splitter *s, size_t j)
{
    const unsigned char *t = s->t;
    unsigned char c = t[j];
    if (c == '"') {
        s->flags |= DY_SENT_QUOTE;
        return 1;
    }
    if (c == '\'' || c == ')' || c == ']' || c == '}')
        return 1;
    if (c == 0xE2 && j + 2 < s->len && t[j + 1] == 0x80 && (t[j + 2] == 0x9D || t[j + 2] == 0x99)) {
        if (t[j + 2] == 0x9D)
            s->flags |= DY_SENT_QUOTE;
        return 3;
    }
    if (c == 0xC2 && j + 1 < s->len && t[j + 1] == 0xBB) {
        s->flags |= DY_SENT_QUOTE;
        return 2;
    }
    return 0;
}

static int ends_with(const unsigned char *p, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && !memcmp(p + n - k, suffix, k);
}

/* 1 if the unit's last visible character (closing quotes aside) ends a sentence. */
static int has_final_mark(const unsigned char *p, size_t n)
{
    for (;;) {
        if (n && (p[n - 1] == '"' || p[n - 1] == '\'' || p[n - 1] == ')' || p[n - 1] == ']'))
            n--;
        else if (ends_with(p, n, "\xE2\x80\x9D") || ends_with(p, n, "\xE2\x80\x99"))
            n -= 3;
        else if (ends_with(p, n, "\xC2\xBB"))
            n -= 2;
        else
            break;
    }
    if (!n)
        return 0;
    unsigned char c = p[n - 1];
    return c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == ':' ||
           ends_with(p, n, "\xE2\x80\xA6");
}

static size_t count_words(const unsigned char *p, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (!is_space(p[i]) && (i == 0 || is_space(p[i - 1])))
            w++;
    return w;
}

/* 1 if [b, e) has only blanks between it and the line ends on both sides. */
static int is_whole_line(const splitter *s, size_t b, size_t e)
{
    while (b > 0 && (s->t[b - 1] == ' ' || s->t[b - 1] == '\t'))
        b--;
    while (e < s->len && (s->t[e] == ' ' || s->t[e] == '\t' || s->t[e] == '\r'))
        e++;
    return (b == 0 || s->t[b - 1] == '\n') && (e == s->len || s->t[e] == '\n');
}

/* Lower-case words a "By ..." byline may contain between the names. */
static int byline_filler(const unsigned char *w, size_t n)
{
    static const char *const fill[] = {"and", "in", "of", "the", "de", "van", "von", "al",
                                       "bin", "for", "la", "le", "du", "da"};
    for (size_t i = 0; i < sizeof fill / sizeof fill[0]; i++)
        if (strlen(fill[i]) == n && !memcmp(w, fill[i], n))
            return 1;
    return 0;
}

/* "By Jane Doe and John Roe": "By" followed only by names. */
static int by_names(const unsigned char *p, size_t n)
{
    if (n < 4 || !(p[0] == 'B' && (p[1] == 'y' || p[1] == 'Y') && p[2] == ' ') ||
        !dy_is(p[3], DY_C_UPPER) || count_words(p, n) > 10)
        return 0;
    size_t i = 3;
    while (i < n) {
        while (i < n && (is_space(p[i]) || p[i] == ','))
            i++;
        size_t w = i;
        while (i < n && !is_space(p[i]) && p[i] != ',')
            i++;
        if (i > w && dy_is(p[w], DY_C_LOWER) && !byline_filler(p + w, i - w))
            return 0;
    }
    return 1;
}

/* Does the word before p[i] (white space or '(' before it) equal w? */
static int word_before_is(const unsigned char *p, size_t i, const char *w)
{
    size_t k = strlen(w);
    if (i < k + 1 || p[i - 1] != ' ' || memcmp(p + i - 1 - k, w, k))
        return 0;
    return i == k + 1 || p[i - 2 - k] == ' ' || p[i - 2 - k] == '(' || p[i - 2 - k] == ';';
}

/*
 * A byline or contributor line: "By ...", "X contributed reporting ...",
 * "(Reporting by ...; Editing by ...)". One pass over the unit looks for
 * "by " and "contributed " and then at the word before.
 */
static int is_byline(const unsigned char *p, size_t n)
{
    static const char *const doers[] = {"Reporting", "reporting", "Writing", "Editing", "Compiled"};
    if (n > 300)
        return 0;
    if (by_names(p, n))
        return 1;
    for (size_t i = 0; i + 3 <= n; i++) {
        if (p[i] == 'b' && p[i + 1] == 'y' && p[i + 2] == ' ') {
            for (size_t k = 0; k < sizeof doers / sizeof doers[0]; k++)
                if (word_before_is(p, i, doers[k]))
                    return 1;
        } else if (p[i] == 'c' && i + 12 <= n && !memcmp(p + i, "contributed ", 12)) {
            static const char *const what[] = {"reporting", "to this report", "to this article",
                                               "to this story"};
            for (size_t k = 0; k < sizeof what / sizeof what[0]; k++)
                if (i + 12 + strlen(what[k]) <= n && !memcmp(p + i + 12, what[k], strlen(what[k])))
                    return 1;
        }
    }
    return 0;
}

/* The flags a closed unit [b, e) earns by what it is. */
static uint32_t classify(const splitter *s, size_t b, size_t e, unit_end how)
{
    const unsigned char *p = s->t + b;
    size_t n = e - b;
    if (is_whole_line(s, b, e)) {
        if (n <= 40 && dy_dateline_parse((const char *)p, n))
            return DY_SENT_DATELINE;
        if (is_byline(p, n))
            return DY_SENT_BYLINE;
    }
    if (how == END_HEADING_LINE)
        return DY_SENT_HEADING;
    if ((how == END_PARAGRAPH || how == END_TEXT) && n <= 200 && !has_final_mark(p, n) &&
        count_words(p, n) <= 20)
        return DY_SENT_HEADING;
    return 0;
}

static void push(splitter *s, size_t b, size_t e, uint32_t flags)
{
    dy_sentences *o = s->out;
    DY_GROW(o->v, o->cap, o->n + 1);
    o->v[o->n].start = (uint32_t)b;
    o->v[o->n].end = (uint32_t)e;
    o->v[o->n].flags = flags;
    o->n++;
}

/* Close the current unit at `end` (white space trimmed) and start the next there. */
static void end_unit(splitter *s, size_t end, unit_end how)
{
    size_t b = s->unit_begin, e = end;
    while (b < e && is_space(s->t[b]))
        b++;
    while (e > b && is_space(s->t[e - 1]))
        e--;
    if (b < e) {
        uint32_t f = s->flags | classify(s, b, e, how) | (s->para ? DY_SENT_PARA : 0);
        if (how == END_CUT)
            f |= DY_SENT_CUT;
        push(s, b, e, f);
        s->para = 0;
    }
    s->flags = 0;
    s->unit_begin = end;
}

/* Upper-case ASCII letters, or a word made of several: "BEIJING", "U.S.". */
static int caps_word(const unsigned char *p, size_t n)
{
    size_t letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (dy_is(p[i], DY_C_UPPER))
            letters++;
        else if (p[i] != '.' && p[i] != '-' && p[i] != '\'')
            return 0;
    }
    return letters >= 2;
}

/* Length of a dash separating a wire dateline from the story at j, else 0. */
static size_t dateline_dash(const splitter *s, size_t j)
{
    const unsigned char *t = s->t;
    if (t[j] == '-') {
        size_t k = j;
        while (k < s->len && t[k] == '-')
            k++;
        return (k < s->len && is_space(t[k]) && j > 0 && is_space(t[j - 1])) || k - j >= 2
                   ? k - j : 0;
    }
    if (t[j] == 0xE2 && j + 2 < s->len && t[j + 1] == 0x80 && (t[j + 2] == 0x93 || t[j + 2] == 0x94))
        return 3;
    return 0;
}

/*
 * A wire dateline opening a paragraph, "BEIJING (Reuters) -",
 * "PYONGYANG, North Korea (AP) —": an all-caps place, then only capitalised
 * words, commas, dates and a parenthesised agency, then a dash. Returns
 * the end of the dash, or 0.
 */
static size_t wire_dateline(const splitter *s, size_t k)
{
    const unsigned char *t = s->t;
    size_t i = k, limit = k + 100 < s->len ? k + 100 : s->len;
    while (i < limit && (dy_is(t[i], DY_C_ALPHA) || t[i] == '.' || t[i] == '-' || t[i] == '\''))
        i++;
    if (!caps_word(t + k, i - k))
        return 0;
    int words = 1;
    while (i < limit) {
        size_t d = dateline_dash(s, i);
        if (d)
            return words <= 10 ? i + d : 0;
        unsigned char c = t[i];
        if (c == ' ' || c == ',' || c == '(' || c == ')' || c == '.' || c == '/' ||
            dy_is(c, DY_C_DIGIT)) {
            i++;
            continue;
        }
        if (!dy_is(c, DY_C_UPPER))
            return 0;
        words++;
        while (i < limit && (dy_is(t[i], DY_C_ALPHA) || t[i] == '\'' || t[i] == '-' || t[i] == '.'))
            i++;
    }
    return 0;
}

/* At the start of a paragraph: split off a wire dateline if there is one. */
static void start_paragraph(splitter *s, size_t k)
{
    s->para = 1;
    s->unit_begin = k;
    if (k < s->len && dy_is(s->t[k], DY_C_UPPER)) {
        size_t e = wire_dateline(s, k);
        if (e) {
            push(s, k, e, DY_SENT_DATELINE | DY_SENT_PARA);
            s->para = 0;
            s->unit_begin = e;
        }
    }
}

/* The word just before the period at i: letters, digits and inner periods. */
static size_t word_before(const splitter *s, size_t i)
{
    size_t b = i;
    while (b > s->unit_begin && (dy_is(s->t[b - 1], DY_C_ALNUM) || s->t[b - 1] == '.'))
        b--;
    return b;
}

/* "U.S", "a.m", "e.g", "Ph.D": one or two letters between periods. */
static int dotted(const unsigned char *w, size_t n)
{
    size_t run = 0, dots = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == '.') {
            if (run == 0 || run > 2)
                return 0;
            run = 0;
            dots++;
        } else if (dy_is(w[i], DY_C_ALPHA)) {
            run++;
        } else {
            return 0;
        }
    }
    return dots > 0 && run >= 1 && run <= 2;
}

/* The next word starting at k: letters only, for the sentence-starter test. */
static int next_is_starter(const splitter *s, size_t k)
{
    size_t e = k;
    while (e < s->len && dy_is(s->t[e], DY_C_ALPHA))
        e++;
    return dy_is_sentence_starter((const char *)s->t + k, e - k);
}

/*
 * Does the single period at i end the sentence, given that the next
 * non-blank character is at k (upper case, digit, quote or bracket)?
 */
static int period_ends(const splitter *s, size_t i, size_t k)
{
    const unsigned char *t = s->t;
    size_t b = word_before(s, i), n = i - b;
    if (n == 0)
        return 1;
    dy_abbrev kind;
    if (dotted(t + b, n))
        kind = (n == 3 && (t[b] | 0x20) == 'e' && (t[b + 2] | 0x20) == 'g') ||
               (n == 3 && (t[b] | 0x20) == 'i' && (t[b + 2] | 0x20) == 'e')
                   ? DY_ABBR_INNER : DY_ABBR_GENERAL;
    else if (n == 1 && dy_is(t[b], DY_C_UPPER))
        kind = DY_ABBR_GENERAL; /* an initial: George W. Bush */
    else
        kind = dy_abbrev_find((const char *)t + b, n);
    int digit = dy_is(t[k], DY_C_DIGIT);
    switch (kind) {
    case DY_ABBR_NONE: return 1;
    case DY_ABBR_TITLE:
    case DY_ABBR_INNER: return 0;
    case DY_ABBR_MONTH:
    case DY_ABBR_NUMBERED: return !digit;
    default:
        if (digit)
            return 0;
        return dy_is(t[k], DY_C_UPPER) ? next_is_starter(s, k) : 1;
    }
}

/* Can the character at k begin a sentence after a terminal mark? */
static int can_start(const splitter *s, size_t k)
{
    unsigned char c = s->t[k];
    return dy_is(c, DY_C_UPPER | DY_C_DIGIT | DY_C_HIGH) || c == '"' || c == '\'' ||
           c == '(' || c == '[' || c == '`';
}

/* At a terminal mark at i: end the sentence there if the rules say so. */
static size_t on_terminal(splitter *s, size_t i)
{
    size_t j = i, periods = 0, others = 0, l;
    while (j < s->len && (l = terminal_len(s, j)) != 0) {
        if (l == 3 || s->t[j] == '.')
            periods += l;  /* … counts as three periods */
        else
            others++;
        j += l;
    }
    size_t after_marks = j;
    while (j < s->len && (l = closer_len(s, j)) != 0)
        j += l;
    if (j < s->len && !is_space(s->t[j]))
        return after_marks;  /* "U.S.-China", "3.5", "e.g.," */
    size_t k = j;
    while (k < s->len && is_space(s->t[k]))
        k++;
    int ends;
    if (k >= s->len)
        ends = 1;
    else if (!can_start(s, k))
        ends = 0;
    else if (others)
        ends = 1;
    else if (periods >= 2)
        ends = !dy_is(s->t[k], DY_C_DIGIT);  /* an ellipsis ends before a capital */
    else
        ends = period_ends(s, i, k);
    if (ends)
        end_unit(s, j, END_TERMINAL);
    return j;
}

/* A short title-like line, such as a heading in one-paragraph-per-line text. */
static int heading_line(const splitter *s, size_t nl, size_t next)
{
    const unsigned char *t = s->t;
    size_t b = s->unit_begin, e = nl;
    while (b < e && is_space(t[b]))
        b++;
    while (e > b && is_space(t[e - 1]))
        e--;
    if (b >= e || b < s->line_start || e - b > 100 || !dy_is(t[b], DY_C_UPPER | DY_C_DIGIT))
        return 0;
    if (!(dy_is(t[next], DY_C_UPPER | DY_C_DIGIT) || t[next] == '"' || t[next] == 0xE2))
        return 0;
    size_t words = 0, last = b;
    for (size_t i = b; i < e; i++) {
        if (is_space(t[i]) || (i > b && !is_space(t[i - 1])))
            continue;
        size_t w = i, letters = 0;
        while (w < e && !is_space(t[w]))
            letters += dy_is(t[w++], DY_C_ALPHA);
        if (letters >= 4 && !dy_is(t[i], DY_C_UPPER))
            return 0;
        words++;
        last = i;
    }
    return words <= 12 && dy_is(t[last], DY_C_UPPER | DY_C_DIGIT) &&
           dy_is(t[e - 1], DY_C_ALNUM);
}

/* At a line feed at i: a blank line ends the paragraph; a single one is a space. */
static size_t on_newline(splitter *s, size_t i)
{
    size_t k = i + 1;
    while (k < s->len && (s->t[k] == ' ' || s->t[k] == '\t' || s->t[k] == '\r'))
        k++;
    if (k < s->len && s->t[k] == '\n') {
        end_unit(s, i, END_PARAGRAPH);
        while (k < s->len && is_space(s->t[k]))
            k++;
        s->line_start = k;
        while (s->line_start > 0 && s->t[s->line_start - 1] != '\n')
            s->line_start--;
        start_paragraph(s, k);
        return k;
    }
    if (k < s->len && heading_line(s, i, k))
        end_unit(s, i, END_HEADING_LINE);
    s->line_start = i + 1;
    return i + 1;
}

/* Quote marks set QUOTE; a … is a terminal mark. */
static size_t on_multibyte(splitter *s, size_t i)
{
    const unsigned char *t = s->t;
    if (t[i] == 0xE2 && terminal_len(s, i))
        return on_terminal(s, i);
    if (t[i] == 0xE2 && i + 2 < s->len && t[i + 1] == 0x80 && (t[i + 2] == 0x9C || t[i + 2] == 0x9D))
        s->flags |= DY_SENT_QUOTE;
    else if (t[i] == 0xC2 && i + 1 < s->len && (t[i + 1] == 0xAB || t[i + 1] == 0xBB))
        s->flags |= DY_SENT_QUOTE;
    return i + 1;
}

/* A unit ran on for DY_SENT_MAX_BYTES: cut it at white space (or a character boundary). */
static size_t cut(splitter *s, size_t at)
{
    size_t c = at, floor = s->unit_begin + DY_SENT_MAX_BYTES / 2;
    while (c > floor && !is_space(s->t[c - 1]))
        c--;
    if (c == floor) {
        c = at;
        while (c > floor && (s->t[c] & 0xC0) == 0x80)
            c--;
    }
    end_unit(s, c, END_CUT);
    return c;
}

/*
 * Split text[0..len) into sentences, replacing the contents of out.
 * Returns the number of sentences. Only the first 4 GiB are looked at
 * (offsets are 32-bit; readers never make stories that large).
 */
size_t dy_split(const char *text, size_t len, dy_sentences *out)
{
    if (len > UINT32_MAX)
        len = UINT32_MAX;
    splitter s = {(const unsigned char *)text, len, out, 0, 0, 0, 1};
    out->n = 0;
    size_t i = 0;
    while (i < len && is_space(s.t[i]))
        i++;
    start_paragraph(&s, i);
    while (i < len) {
        size_t stop = s.unit_begin + DY_SENT_MAX_BYTES;
        if (stop > len)
            stop = len;
        while (i + 4 <= stop && !(stop_byte[s.t[i]] | stop_byte[s.t[i + 1]] |
                                  stop_byte[s.t[i + 2]] | stop_byte[s.t[i + 3]]))
            i += 4;  /* four bytes per test: most text has nothing to stop for */
        while (i < stop && !stop_byte[s.t[i]])
            i++;
        if (i >= len)
            break;
        if (i >= stop) {
            i = cut(&s, i);
            continue;
        }
        switch (s.t[i]) {
        case '\n': i = on_newline(&s, i); break;
        case '"': s.flags |= DY_SENT_QUOTE; i++; break;
        case 0xE2:
        case 0xC2: i = on_multibyte(&s, i); break;
        default: i = on_terminal(&s, i); break;
        }
    }
    end_unit(&s, len, END_TEXT);
    if (out->n == 1)
        out->v[0].flags &= ~(uint32_t)DY_SENT_HEADING;  /* a lone line is a sentence, not a title */
    return out->n;
}

/*
 * The sentences of a story record: a PETRARCH record marked
 * sentence="true" is one sentence as it stands (white space trimmed);
 * any other text goes through dy_split(). Returns the count.
 */
size_t dy_split_story(const dy_story *s, dy_sentences *out)
{
    out->n = 0;
    if (s->kind != DY_RECORD_STORY || !s->text)
        return 0;
    if (s->sentence_flag != 1)
        return dy_split(s->text, s->text_len, out);
    size_t b = 0, e = s->text_len < UINT32_MAX ? s->text_len : UINT32_MAX;
    while (b < e && dy_is((unsigned char)s->text[b], DY_C_SPACE))
        b++;
    while (e > b && dy_is((unsigned char)s->text[e - 1], DY_C_SPACE))
        e--;
    if (b < e) {
        DY_GROW(out->v, out->cap, 1);
        out->v[0].start = (uint32_t)b;
        out->v[0].end = (uint32_t)e;
        out->v[0].flags = DY_SENT_PARA;
        out->n = 1;
    }
    return out->n;
}

/* Release the vector's memory. */
void dy_sentences_free(dy_sentences *s)
{
    dy_free(s->v);
    s->v = NULL;
    s->n = s->cap = 0;
}

/*
 * Write flags as comma-separated names ("heading,para"), or "-" for none,
 * into buf (NUL-terminated, truncated to size). Returns the length.
 */
size_t dy_sent_flags_format(uint32_t flags, char *buf, size_t size)
{
    static const char *const names[] = {"heading", "byline", "dateline", "quote", "para", "cut"};
    size_t n = 0;
    if (size == 0)
        return 0;
    buf[0] = 0;
    for (size_t b = 0; b < sizeof names / sizeof names[0]; b++) {
        if (!(flags & (1u << b)))
            continue;
        size_t k = strlen(names[b]);
        if (n + (n > 0) + k + 1 > size)
            break;
        if (n)
            buf[n++] = ',';
        memcpy(buf + n, names[b], k + 1);
        n += k;
    }
    if (n == 0 && size >= 2) {
        buf[0] = '-';
        buf[1] = 0;
        n = 1;
    }
    return n;
}
