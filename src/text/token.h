/*
 * token.h — the tokenizer: words, numbers, punctuation and symbols with byte
 * offsets into the story text and a normalised upper-case form.
 *
 * Normalisation (what dictionaries and the coder compare):
 *   - ASCII letters and Latin-1 letters (é → É) are upper-cased;
 *   - curly quotes ‘ ’ ‚ ‛ → ' and “ ” „ « » → "; en/em dashes and
 *     runs of hyphens "--" → --; … and "..." → ...; the minus sign → -;
 *   - invalid UTF-8 → U+FFFD (the reader reports it; the tokenizer does not);
 *   - Penn Treebank splits: "China's" → CHINA + 'S, "Koreans'" → KOREANS + ',
 *     "don't" → DO + N'T, "won't" → WO + N'T, "can't" → CA + N'T,
 *     "they're/'ve/'ll/'d/'m" → THEY + 'RE ...; "$200" → $ + 200;
 *     "3.5%" → 3.5 + %;
 *   - kept whole: hyphenated words (deal-makers, U.S.-China), words joined
 *     by underscores as dictionaries write them (Dol_Amroth), a word with a
 *     hyphen before white space ("anti- Gondor" → ANTI-), numbers with
 *     , . : / inside (1,000.5  10:30  2019-06-19), abbreviations with
 *     their period (U.S., Mr., Jan.), words with inner apostrophes (O'Brien).
 *     An abbreviation at the very end of a sentence also yields a "." token
 *     (as in the Treebank), whose span is the same period byte.
 *
 * Tokens live in a dy_tokens vector the caller keeps and reuses: no
 * allocation per token once it has grown. The normalised forms are
 * NUL-terminated strings in one buffer (dy_token_norm()).
 */
#ifndef DY_TEXT_TOKEN_H
#define DY_TEXT_TOKEN_H

#include <stddef.h>
#include <stdint.h>

typedef enum dy_token_kind {
    DY_TOK_WORD = 0,    /* letters, possibly with digits, hyphens, inner ' or . */
    DY_TOK_NUMBER,      /* digits with inner , . : / - only */
    DY_TOK_PUNCT,       /* . , ; : ! ? ' " ( ) [ ] -- ... and the like */
    DY_TOK_SYMBOL       /* $ € £ ¥ % & @ # + = and other symbols */
} dy_token_kind;

/* Shape flags. */
enum {
    DY_SHAPE_CAP = 1 << 0,      /* first letter upper case: "China" */
    DY_SHAPE_ALLCAPS = 1 << 1,  /* every letter upper case, at least one: "DPRK", "U.S." */
    DY_SHAPE_DIGIT = 1 << 2,    /* has a digit: "1990s", "G20" */
    DY_SHAPE_HYPHEN = 1 << 3,   /* has an inner hyphen: "deal-makers" */
    DY_SHAPE_ABBREV = 1 << 4,   /* ends in an abbreviation's period: "Mr.", "U.S." */
    DY_SHAPE_CURRENCY = 1 << 5, /* a currency sign: $ € £ ¥ */
    DY_SHAPE_SPACE = 1 << 6,    /* white space before it (or sentence start) */
    DY_SHAPE_SPLIT = 1 << 7     /* split off a word: 'S, N'T, 'RE, trailing ' */
};

typedef struct dy_token {
    uint32_t start;     /* first byte in the story text */
    uint32_t end;       /* one past the last byte */
    uint32_t norm;      /* offset of the normalised form in dy_tokens.norm */
    uint16_t norm_len;  /* its length in bytes (without the NUL) */
    uint8_t kind;       /* dy_token_kind */
    uint8_t shape;      /* DY_SHAPE_* */
} dy_token;

typedef struct dy_tokens {
    dy_token *v;
    size_t n;
    size_t cap;
    char *norm;         /* normalised forms, each NUL-terminated */
    size_t norm_len;
    size_t norm_cap;
} dy_tokens;

#define DY_TOKENS_INIT {NULL, 0, 0, NULL, 0, 0}

/* A token longer than this is cut into pieces (so norm_len fits). */
#define DY_TOKEN_MAX_BYTES 1024

size_t dy_tokenize(const char *text, uint32_t start, uint32_t end, dy_tokens *out);
void dy_tokens_free(dy_tokens *t);
const char *dy_token_kind_name(dy_token_kind k);
size_t dy_token_flags_format(const dy_token *t, char *buf, size_t size);

/* The normalised form of token i: NUL-terminated, upper case. */
static inline const char *dy_token_norm(const dy_tokens *t, size_t i)
{
    return t->norm + t->v[i].norm;
}

#endif
