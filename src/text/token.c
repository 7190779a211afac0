/*
 * token.c — the tokenizer (rules in token.h and docs/text.md).
 *
 * Two steps per token: find its span with byte-class tests (the common
 * case, an ASCII word, is one table lookup per byte), then write its
 * normalised form and shape in one more pass over the same bytes.
 * Multi-byte characters go through classify_high(), which knows the
 * quotes, dashes, spaces and symbols of news text.
 */
#include "text/token.h"

#include <string.h>

#include "base/mem.h"
#include "text/abbrev.h"
#include "text/chars.h"
#include "text/utf8.h"

typedef struct tokenizer {
    const unsigned char *t;
    size_t end;
    dy_tokens *out;
    int space;          /* white space (or the start) precedes the next token */
} tokenizer;

/* What a multi-byte character is to the tokenizer. */
typedef enum high_kind {
    H_LETTER,       /* part of a word (letters, and anything unknown) */
    H_INVALID,      /* broken UTF-8: part of a word, normalised to U+FFFD */
    H_SPACE,        /* no-break and other spaces */
    H_APOS,         /* ’: an apostrophe inside a word, else a quote */
    H_PUNCT,        /* quotes, dashes, ellipsis, other punctuation */
    H_SYMBOL,
    H_CURRENCY
} high_kind;

typedef struct high_char {
    high_kind kind;
    int len;            /* bytes in the text */
    const char *norm;   /* replacement in the normalised form, or NULL to copy */
} high_char;

static high_char high(high_kind k, int len, const char *norm)
{
    high_char h = {k, len, norm};
    return h;
}

static high_char classify_punct_range(uint32_t cp, int len)
{
    switch (cp) {
    case 0x2018: case 0x201A: case 0x201B: case 0x2039: case 0x203A: return high(H_PUNCT, len, "'");
    case 0x2019: return high(H_APOS, len, "'");
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: return high(H_PUNCT, len, "\"");
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: return high(H_PUNCT, len, "--");
    case 0x2010: case 0x2011: return high(H_PUNCT, len, "-");
    case 0x2026: return high(H_PUNCT, len, "...");
    case 0x2022: case 0x2023: case 0x2030: return high(H_SYMBOL, len, NULL);
    default: break;
    }
    if (cp <= 0x200B || cp == 0x202F || cp == 0x205F)
        return high(H_SPACE, len, NULL);
    return high(H_PUNCT, len, NULL);
}

/* Classify the character at t[p] (a byte >= 0x80). */
static high_char classify_high(const unsigned char *t, size_t p, size_t end)
{
    uint32_t cp;
    int len = dy_utf8_decode(t + p, t + end, &cp);
    if (len < 0)
        return high(H_INVALID, -len, DY_UTF8_REPLACEMENT);
    if (cp >= 0x2000 && cp <= 0x206F)
        return classify_punct_range(cp, len);
    switch (cp) {
    case 0xA0: case 0x3000: case 0xFEFF: return high(H_SPACE, len, NULL);
    case 0xAB: case 0xBB: return high(H_PUNCT, len, "\"");
    case 0xA1: case 0xBF: case 0xB7: return high(H_PUNCT, len, NULL);
    case 0xA2: case 0xA3: case 0xA5: case 0x20A9: case 0x20AC: case 0x20B9: case 0x20BD:
        return high(H_CURRENCY, len, NULL);
    case 0xA7: case 0xA9: case 0xAE: case 0xB0: case 0xB1: case 0xB6: case 0xD7: case 0xF7:
    case 0x2122:
        return high(H_SYMBOL, len, NULL);
    case 0x2212: return high(H_PUNCT, len, "-");
    default: break;
    }
    if (cp >= 0x20A0 && cp <= 0x20CF)
        return high(H_CURRENCY, len, NULL);
    return high(H_LETTER, len, NULL);
}

/* The rare case of reserve(): the vectors must grow. */
static __attribute__((noinline)) void grow(dy_tokens *o, size_t need)
{
    if (o->n + 2 > o->cap)
        DY_GROW(o->v, o->cap, o->n + 2);
    if (need > o->norm_cap)
        DY_GROW(o->norm, o->norm_cap, need);
}

/* Make room for one more token of up to `bytes` text bytes (plus one extra). */
static inline void reserve(dy_tokens *o, size_t bytes)
{
    size_t need = o->norm_len + 4 * bytes + 8;
    if (o->n + 2 > o->cap || need > o->norm_cap)
        grow(o, need);
}

static inline dy_token *new_token(tokenizer *z, size_t b, size_t e, dy_token_kind kind, int shape)
{
    dy_tokens *o = z->out;
    reserve(o, e - b);
    dy_token *tk = &o->v[o->n++];
    tk->start = (uint32_t)b;
    tk->end = (uint32_t)e;
    tk->norm = (uint32_t)o->norm_len;
    tk->kind = (uint8_t)kind;
    tk->shape = (uint8_t)(shape | (z->space ? DY_SHAPE_SPACE : 0));
    z->space = 0;
    return tk;
}

static void finish_norm(dy_tokens *o, dy_token *tk, size_t len)
{
    o->norm[o->norm_len + len] = 0;
    tk->norm_len = (uint16_t)len;
    o->norm_len += len + 1;
}

/* A token whose normalised form is given (punctuation such as "--"). */
static void emit_fixed(tokenizer *z, size_t b, size_t e, dy_token_kind kind, int shape,
                       const char *norm)
{
    dy_token *tk = new_token(z, b, e, kind, shape);
    size_t n = strlen(norm);
    memcpy(z->out->norm + z->out->norm_len, norm, n);
    finish_norm(z->out, tk, n);
}

/* A one-character punctuation or symbol token. */
static void emit_char(tokenizer *z, size_t b, size_t e, dy_token_kind kind, int shape, char c)
{
    dy_token *tk = new_token(z, b, e, kind, shape);
    z->out->norm[z->out->norm_len] = c;
    finish_norm(z->out, tk, 1);
}

/* Upper-case Latin-1 letters: U+00E0..U+00FE (not ÷) are C3 A0..C3 BE. */
static size_t copy_high(const unsigned char *t, size_t p, size_t end, char *d, size_t *used,
                        int *lower, int *upper)
{
    high_char h = classify_high(t, p, end);
    if (h.norm) {
        size_t n = strlen(h.norm);
        memcpy(d, h.norm, n);
        *used = n;
        return (size_t)h.len;
    }
    memcpy(d, t + p, (size_t)h.len);
    if (h.len == 2 && t[p] == 0xC3 && t[p + 1] >= 0xA0 && t[p + 1] <= 0xBE && t[p + 1] != 0xB7) {
        d[1] = (char)(t[p + 1] - 0x20);
        *lower = 1;
    } else if (h.len == 2 && t[p] == 0xC3 && t[p + 1] >= 0x80 && t[p + 1] <= 0x9E && t[p + 1] != 0x97) {
        *upper = 1;
    }
    *used = (size_t)h.len;
    return (size_t)h.len;
}

/* What an ASCII byte tells about the word it is in. */
enum { W_LOWER = 1, W_UPPER = 2, W_DIGIT = 4, W_NONNUM = 8 };

#define WB(c) ((uint8_t)((c) >= 'a' && (c) <= 'z' ? W_LOWER | W_NONNUM :                 \
                         (c) >= 'A' && (c) <= 'Z' ? W_UPPER | W_NONNUM :                 \
                         (c) >= '0' && (c) <= '9' ? W_DIGIT :                             \
                         (c) == ',' || (c) == '.' || (c) == ':' || (c) == '/' || (c) == '-' ? 0 \
                                                                                    : W_NONNUM))
#define WB4(b) WB(b), WB((b) + 1), WB((b) + 2), WB((b) + 3)
#define WB16(b) WB4(b), WB4((b) + 4), WB4((b) + 8), WB4((b) + 12)
#define WB64(b) WB16(b), WB16((b) + 16), WB16((b) + 32), WB16((b) + 48)
static const uint8_t word_bits[128] = {WB64(0), WB64(64)};

/* A word or number token [b, e): normalise it and work out kind and shape. */
static void emit_word(tokenizer *z, size_t b, size_t e, int shape)
{
    dy_token *tk = new_token(z, b, e, DY_TOK_WORD, shape);
    dy_tokens *o = z->out;
    char *d = o->norm + o->norm_len;
    const unsigned char *t = z->t;
    size_t n = 0;
    unsigned acc = 0;
    int first = -1;  /* is the first letter upper case? */
    for (size_t p = b; p < e;) {
        unsigned char c = t[p];
        if (c < 0x80) {
            unsigned w = word_bits[c];
            if (first < 0 && (w & (W_LOWER | W_UPPER)))
                first = (w & W_UPPER) != 0;
            acc |= w;
            d[n++] = (char)(w & W_LOWER ? c - 32 : c);
            p++;
            continue;
        }
        size_t used;
        int was_lower = 0, was_upper = 0;
        p += copy_high(t, p, z->end, d + n, &used, &was_lower, &was_upper);
        n += used;
        acc |= W_NONNUM | (was_lower ? W_LOWER : 0) | (was_upper ? W_UPPER : 0);
        if (first < 0 && (was_lower || was_upper))
            first = was_upper;
    }
    if (!(acc & W_NONNUM) && (acc & W_DIGIT))
        tk->kind = DY_TOK_NUMBER;
    tk->shape |= (uint8_t)((first == 1 ? DY_SHAPE_CAP : 0) |
                           ((acc & W_UPPER) && !(acc & W_LOWER) ? DY_SHAPE_ALLCAPS : 0) |
                           (acc & W_DIGIT ? DY_SHAPE_DIGIT : 0));
    finish_norm(o, tk, n);
}

static int is_alnum_at(const tokenizer *z, size_t p)
{
    return p < z->end && dy_is(z->t[p], DY_C_ALNUM);
}

/* Does a letter (ASCII, or a multi-byte letter) start at p? */
static int letter_at(const tokenizer *z, size_t p)
{
    if (p >= z->end)
        return 0;
    if (dy_is(z->t[p], DY_C_ALPHA))
        return 1;
    if (!dy_is(z->t[p], DY_C_HIGH))
        return 0;
    high_kind k = classify_high(z->t, p, z->end).kind;
    return k == H_LETTER || k == H_INVALID;
}

/* Does a word character start at p (letter or digit)? */
static int wordchar_at(const tokenizer *z, size_t p)
{
    return is_alnum_at(z, p) || letter_at(z, p);
}

/* Length of the clitic after an apostrophe at a (ending at `next`): s re ve ll d m. */
static size_t clitic_len(const tokenizer *z, size_t next)
{
    static const char *const clitics[] = {"s", "re", "ve", "ll", "d", "m"};
    for (size_t i = 0; i < sizeof clitics / sizeof clitics[0]; i++) {
        size_t k = strlen(clitics[i]), j = 0;
        while (j < k && next + j < z->end && (z->t[next + j] | 0x20) == clitics[i][j])
            j++;
        if (j == k && !wordchar_at(z, next + k))
            return k;
    }
    return 0;
}

/*
 * An apostrophe of al bytes at a inside the word that began at b. Emits the
 * split pieces and returns where to continue, or returns 0 when the word
 * simply goes on (O'Brien), or 1 when the word ends before the apostrophe.
 */
static size_t apostrophe(tokenizer *z, size_t b, size_t a, size_t al, int shape)
{
    const unsigned char *t = z->t;
    size_t next = a + al;
    if ((t[a - 1] | 0x20) == 'n' && a - 1 > b && next < z->end && (t[next] | 0x20) == 't' &&
        !wordchar_at(z, next + 1)) {
        emit_word(z, b, a - 1, shape);
        emit_word(z, a - 1, next + 1, DY_SHAPE_SPLIT);
        return next + 1;
    }
    size_t k = clitic_len(z, next);
    if (k) {
        emit_word(z, b, a, shape);
        emit_word(z, a, next + k, DY_SHAPE_SPLIT);
        return next + k;
    }
    return letter_at(z, next) ? 0 : 1;
}

/* 1 if [b, e) is an abbreviation whose period at e belongs to it. */
static int takes_period(const unsigned char *w, size_t n)
{
    size_t dots = 0, run = 0, longest = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == '.') {
            dots++;
            run = 0;
        } else if (dy_is(w[i], DY_C_ALPHA)) {
            if (++run > longest)
                longest = run;
        } else {
            return 0;
        }
    }
    if (dots)
        return longest <= 2;                   /* U.S  a.m  Ph.D */
    if (n == 1)
        return dy_is(w[0], DY_C_UPPER);        /* an initial */
    return dy_abbrev_find((const char *)w, n) != DY_ABBR_NONE;
}

/* Only closing quotes, brackets and white space between p and the end? */
static int only_closers_left(const tokenizer *z, size_t p)
{
    const unsigned char *t = z->t;
    while (p < z->end) {
        unsigned char c = t[p];
        if (dy_is(c, DY_C_SPACE) || c == '"' || c == '\'' || c == ')' || c == ']')
            p++;
        else if (c == 0xE2 && p + 2 < z->end && t[p + 1] == 0x80 && (t[p + 2] == 0x9D || t[p + 2] == 0x99))
            p += 3;
        else if (c == 0xC2 && p + 1 < z->end && t[p + 1] == 0xBB)
            p += 2;
        else
            return 0;
    }
    return 1;
}

/* A word ends at e: take an abbreviation's period along; returns where to go on. */
static size_t end_word(tokenizer *z, size_t b, size_t e, int shape)
{
    const unsigned char *t = z->t;
    if (e < z->end && t[e] == '.' && !(e + 1 < z->end && t[e + 1] == '.') &&
        takes_period(t + b, e - b)) {
        emit_word(z, b, e + 1, shape | DY_SHAPE_ABBREV);
        if (only_closers_left(z, e + 1))
            emit_char(z, e, e + 1, DY_TOK_PUNCT, 0, '.');  /* the sentence's own period */
        return e + 1;
    }
    emit_word(z, b, e, shape);
    return e;
}

/* Can the punctuation byte at p continue the word before it? */
static int inner_punct(const tokenizer *z, size_t p, int *shape)
{
    const unsigned char *t = z->t;
    unsigned char c = t[p];
    switch (c) {
    case '-':
        if (wordchar_at(z, p + 1)) {
            *shape |= DY_SHAPE_HYPHEN;
            return 1;
        }
        return 0;
    case '.':  /* U.S  3.5  and the U.S.-China kind */
        return is_alnum_at(z, p + 1) || (p + 2 < z->end && t[p + 1] == '-' && wordchar_at(z, p + 2));
    case ',':  /* 1,000 */
        return dy_is(t[p - 1], DY_C_DIGIT) && p + 3 < z->end &&
               dy_is(t[p + 1], DY_C_DIGIT) && dy_is(t[p + 2], DY_C_DIGIT) &&
               dy_is(t[p + 3], DY_C_DIGIT) && !is_alnum_at(z, p + 4);
    case ':':
    case '/':  /* 10:30  1/2 */
        return dy_is(t[p - 1], DY_C_DIGIT) && is_alnum_at(z, p + 1) && dy_is(t[p + 1], DY_C_DIGIT);
    case '_':  /* Dol_Amroth: dictionaries join words so, and texts written for them too */
        return p > 0 && wordchar_at(z, p + 1) && (dy_is(z->t[p - 1], DY_C_ALNUM) || z->t[p - 1] >= 0x80);
    case '&':  /* AT&T */
        return dy_is(t[p - 1], DY_C_ALPHA) && is_alnum_at(z, p + 1) && dy_is(t[p + 1], DY_C_ALPHA);
    default:
        return 0;
    }
}

/* A hyphen after a letter and before white space: "pro- and anti-war". */
static int dangling_hyphen(const tokenizer *z, size_t p)
{
    return dy_is(z->t[p - 1], DY_C_ALPHA) &&
           (p + 1 == z->end || dy_is(z->t[p + 1], DY_C_SPACE));
}

/* Scan the word starting at b; emit it (and any split pieces). Returns its end. */
static size_t scan_word(tokenizer *z, size_t b)
{
    const unsigned char *t = z->t;
    size_t p = b, limit = b + DY_TOKEN_MAX_BYTES < z->end ? b + DY_TOKEN_MAX_BYTES : z->end;
    int shape = 0;
    while (p < limit) {
        unsigned char c = t[p];
        uint8_t cl = dy_char_class[c];
        if (cl & DY_C_ALNUM) {
            p++;
            continue;
        }
        size_t al = 0;
        if (cl & DY_C_HIGH) {
            high_char h = classify_high(t, p, z->end);
            if (h.kind == H_LETTER || h.kind == H_INVALID) {
                p += (size_t)h.len;
                continue;
            }
            if (h.kind != H_APOS)
                break;
            al = (size_t)h.len;
        } else if (c == '\'') {
            al = 1;
        }
        if (al) {
            size_t r = apostrophe(z, b, p, al, shape);
            if (r == 0) {
                p += al;
                continue;
            }
            if (r == 1)
                break;
            return r;
        }
        if (c == '-' && dangling_hyphen(z, p)) {
            shape |= DY_SHAPE_HYPHEN;
            p++;  /* "anti- Gondor": the hyphen stays with its word, as in the Treebank */
            break;
        }
        if (!inner_punct(z, p, &shape))
            break;
        p++;
    }
    return end_word(z, b, p, shape);
}

/* Can the ASCII byte after a plain word end it at once (no inner-word rule applies)? */
static int simple_end(const tokenizer *z, size_t p)
{
    if (p >= z->end)
        return 1;
    unsigned char c = z->t[p];
    if (c >= 0x80)
        return 0;
    if (dy_char_class[c] & (DY_C_SPACE | DY_C_CTRL))
        return 1;
    switch (c) {
    case '-': case '.': case ',': case ':': case '/': case '&': case '\'': case '_':
        return 0;
    default:
        return 1;
    }
}

/*
 * The common case first: a word of ASCII letters and digits, normalised
 * while it is scanned. Anything else (hyphens, apostrophes, periods,
 * non-ASCII) goes to scan_word(), which starts the word again.
 */
static size_t scan_plain_word(tokenizer *z, size_t b)
{
    const unsigned char *t = z->t;
    size_t limit = b + DY_TOKEN_MAX_BYTES < z->end ? b + DY_TOKEN_MAX_BYTES : z->end;
    dy_tokens *o = z->out;
    reserve(o, limit - b);
    char *d = o->norm + o->norm_len;
    unsigned acc = 0;
    size_t p = b;
    while (p < limit && t[p] < 0x80 && (word_bits[t[p]] & (W_LOWER | W_UPPER | W_DIGIT))) {
        unsigned w = word_bits[t[p]];
        acc |= w;
        d[p - b] = (char)(w & W_LOWER ? t[p] - 32 : t[p]);
        p++;
    }
    if (p < limit && !simple_end(z, p))
        return scan_word(z, b);
    dy_token *tk = new_token(z, b, p, (acc & W_NONNUM) ? DY_TOK_WORD : DY_TOK_NUMBER, 0);
    size_t f = b;
    while (f < p && dy_is(t[f], DY_C_DIGIT))
        f++;
    tk->shape |= (uint8_t)((f < p && dy_is(t[f], DY_C_UPPER) ? DY_SHAPE_CAP : 0) |
                           ((acc & W_UPPER) && !(acc & W_LOWER) ? DY_SHAPE_ALLCAPS : 0) |
                           (acc & W_DIGIT ? DY_SHAPE_DIGIT : 0));
    finish_norm(o, tk, p - b);
    return p;
}

/* Punctuation or a symbol at p (ASCII). Returns where to go on. */
static size_t scan_ascii_punct(tokenizer *z, size_t p)
{
    const unsigned char *t = z->t;
    unsigned char c = t[p];
    size_t e = p + 1;
    switch (c) {
    case '-':
    case '.':
        while (e < z->end && t[e] == c)
            e++;
        if (e - p >= 2) {
            emit_fixed(z, p, e, DY_TOK_PUNCT, 0, c == '-' ? "--" : "...");
            return e;
        }
        break;
    case '`':
    case '\'':
        if (e < z->end && t[e] == c) {  /* `` and '' are Treebank double quotes */
            emit_fixed(z, p, e + 1, DY_TOK_PUNCT, 0, "\"");
            return e + 1;
        }
        emit_char(z, p, e, DY_TOK_PUNCT, 0, '\'');
        return e;
    case '$':
        emit_char(z, p, e, DY_TOK_SYMBOL, DY_SHAPE_CURRENCY, '$');
        return e;
    case '%': case '&': case '@': case '#': case '+': case '=': case '*': case '<':
    case '>': case '^': case '|': case '~': case '\\': case '_':
        emit_char(z, p, e, DY_TOK_SYMBOL, 0, (char)c);
        return e;
    default:
        break;
    }
    emit_char(z, p, e, DY_TOK_PUNCT, 0, (char)c);
    return e;
}

/* Is there an en dash, em dash, figure dash or horizontal bar at p? */
static int is_dash(const tokenizer *z, size_t p)
{
    const unsigned char *t = z->t;
    return p + 2 < z->end && t[p] == 0xE2 && t[p + 1] == 0x80 && t[p + 2] >= 0x92 && t[p + 2] <= 0x95;
}

/* A multi-byte character at p that is not part of a word. */
static size_t scan_high(tokenizer *z, size_t p)
{
    high_char h = classify_high(z->t, p, z->end);
    size_t e = p + (size_t)h.len;
    switch (h.kind) {
    case H_SPACE:
        z->space = 1;
        return e;
    case H_LETTER:
    case H_INVALID:
        return scan_word(z, p);
    case H_CURRENCY:
    case H_SYMBOL: {
        dy_token *tk = new_token(z, p, e, DY_TOK_SYMBOL, h.kind == H_CURRENCY ? DY_SHAPE_CURRENCY : 0);
        memcpy(z->out->norm + z->out->norm_len, z->t + p, (size_t)h.len);
        finish_norm(z->out, tk, (size_t)h.len);
        return e;
    }
    default:
        break;
    }
    if (h.norm) {
        /* a run of dashes is one "--" */
        const char *n = h.norm;
        if (!strcmp(n, "--"))
            while (e < z->end && is_dash(z, e))
                e += 3;
        emit_fixed(z, p, e, DY_TOK_PUNCT, 0, n);
        return e;
    }
    dy_token *tk = new_token(z, p, e, DY_TOK_PUNCT, 0);
    memcpy(z->out->norm + z->out->norm_len, z->t + p, (size_t)h.len);
    finish_norm(z->out, tk, (size_t)h.len);
    return e;
}

/*
 * Tokenize text[start..end) (usually one sentence from dy_split), replacing
 * the contents of out. Returns the number of tokens.
 */
size_t dy_tokenize(const char *text, uint32_t start, uint32_t end, dy_tokens *out)
{
    tokenizer z = {(const unsigned char *)text, end, out, 1};
    out->n = 0;
    out->norm_len = 0;
    reserve(out, 0);
    out->norm[0] = 0;
    size_t p = start;
    while (p < end) {
        unsigned char c = z.t[p];
        uint8_t cl = dy_char_class[c];
        if (cl & (DY_C_SPACE | DY_C_CTRL)) {
            z.space = 1;
            p++;
        } else if (cl & DY_C_ALNUM) {
            p = scan_plain_word(&z, p);
        } else if (cl & DY_C_HIGH) {
            p = scan_high(&z, p);
        } else {
            p = scan_ascii_punct(&z, p);
        }
    }
    return out->n;
}

/* Release the vector's memory. */
void dy_tokens_free(dy_tokens *t)
{
    dy_free(t->v);
    dy_free(t->norm);
    memset(t, 0, sizeof *t);
}

/* "word", "number", "punct" or "symbol". */
const char *dy_token_kind_name(dy_token_kind k)
{
    switch (k) {
    case DY_TOK_WORD: return "word";
    case DY_TOK_NUMBER: return "number";
    case DY_TOK_PUNCT: return "punct";
    default: return "symbol";
    }
}

/*
 * Write the token's kind and shape as comma-separated names
 * ("word,cap,abbrev") into buf, NUL-terminated and truncated to size.
 */
size_t dy_token_flags_format(const dy_token *t, char *buf, size_t size)
{
    static const char *const names[] = {"cap", "allcaps", "digit", "hyphen", "abbrev",
                                        "currency", "space", "split"};
    size_t n = 0;
    if (size == 0)
        return 0;
    const char *parts[10];
    size_t np = 0;
    parts[np++] = dy_token_kind_name((dy_token_kind)t->kind);
    for (size_t b = 0; b < 8; b++)
        if ((t->shape & (1u << b)) && (1u << b) != DY_SHAPE_SPACE)
            parts[np++] = names[b];
    buf[0] = 0;
    for (size_t i = 0; i < np; i++) {
        size_t k = strlen(parts[i]);
        if (n + (n > 0) + k + 1 > size)
            break;
        if (n)
            buf[n++] = ',';
        memcpy(buf + n, parts[i], k + 1);
        n += k;
    }
    return n;
}
