/*
 * abbrev.c — abbreviation and sentence-starter word lists.
 *
 * The lists are written sorted so that lookup is a binary search; the test
 * suite checks the order (dy_abbrev_tables_sorted). An entry's case says
 * how it must be written: "Mass" matches "Mass." and "MASS." but not
 * "mass." (a word that ends a sentence); "etc" matches any case.
 */
#include "text/abbrev.h"

#include <string.h>

typedef struct entry {
    const char *word;
    dy_abbrev kind;
} entry;

#define T DY_ABBR_TITLE
#define M DY_ABBR_MONTH
#define N DY_ABBR_NUMBERED
#define I DY_ABBR_INNER
#define G DY_ABBR_GENERAL

/* Sorted by upper-cased spelling. Words of the dotted kind (U.S., e.g.) are
 * found by their shape in the callers, not listed here. */
static const entry abbrevs[] = {
    {"Adm", T}, {"Ala", G}, {"Apr", M}, {"Ariz", G}, {"Ark", G}, {"Art", N}, {"Assn", G},
    {"Aug", M}, {"Ave", G}, {"Blvd", G}, {"Brig", T}, {"Bros", G}, {"Calif", G},
    {"Capt", T}, {"Cdr", T}, {"cf", I}, {"Cmdr", T}, {"Co", G}, {"Col", T}, {"Colo", G}, {"Conn", G},
    {"Corp", G}, {"Cpl", T}, {"Dec", M}, {"Del", G}, {"Dept", G}, {"Det", T}, {"Dr", T}, {"est", G},
    {"etc", G}, {"Feb", M}, {"Fig", N}, {"Fla", G}, {"Fr", T}, {"Ft", G}, {"Ga", G},
    {"Gen", T}, {"Gov", T}, {"Govt", G}, {"Hon", T}, {"Ill", G}, {"Inc", G}, {"Ind", G}, {"Insp", T}, {"Jan", M},
    {"Jr", G}, {"Jul", M}, {"Jun", M}, {"Kan", G}, {"Ky", G}, {"Lt", T}, {"Ltd", G},
    {"Maj", T}, {"Mar", M}, {"Mass", G}, {"Md", G}, {"Messrs", T}, {"Mich", G}, {"Minn", G}, {"Mme", T},
    {"Mont", G}, {"Mr", T}, {"Mrs", T}, {"Ms", T}, {"Msgr", T}, {"Mt", G}, {"Neb", G},
    {"Nev", G}, {"No", N}, {"Nos", N}, {"Nov", M}, {"Oct", M}, {"Okla", G}, {"Ore", G}, {"Pa", G}, {"pp", N},
    {"Pres", T}, {"Prof", T}, {"Pvt", T}, {"Rep", T}, {"Reps", T}, {"Rev", T}, {"Sen", T},
    {"Sens", T}, {"Sep", M}, {"Sept", M}, {"Sgt", T}, {"Sr", G}, {"St", G}, {"Supt", T},
    {"Tenn", G}, {"Tex", G}, {"Univ", G}, {"Va", G}, {"Vol", N}, {"vs", I}, {"Vt", G}, {"Wash", G}, {"Wis", G},
    {"Wyo", G},
};

/* Words that often begin a sentence: after an ambiguous abbreviation such
 * as "U.S." or "Inc.", one of these means the sentence ended there. */
static const char *const starters[] = {
    "A", "ABOUT", "ACCORDING", "AFTER", "AGAIN", "ALL", "ALSO", "ALTHOUGH", "AMONG", "AN",
    "AND", "ANOTHER", "ANY", "AS", "AT", "BECAUSE", "BEFORE", "BOTH", "BUT", "BY",
    "DESPITE", "DURING", "EACH", "EARLIER", "EVEN", "EVERY", "FOR", "FROM", "FURTHER",
    "HE", "HER", "HERE", "HIS", "HOW", "HOWEVER", "I", "IF", "IN", "INSTEAD", "IT", "ITS",
    "LAST", "LATER", "MANY", "MEANWHILE", "MORE", "MOST", "MY", "NEVER", "NO", "NOR",
    "NOT", "NOW", "OF", "OFFICIALS", "ON", "ONE", "ONLY", "OR", "OTHER", "OUR", "SHE",
    "SINCE", "SO", "SOME", "STILL", "SUCH", "THAT", "THE", "THEIR", "THEN", "THERE",
    "THESE", "THEY", "THIS", "THOSE", "THOUGH", "THUS", "TO", "TODAY", "UNDER", "UNLIKE",
    "UNTIL", "WE", "WHAT", "WHEN", "WHERE", "WHETHER", "WHICH", "WHILE", "WHO", "WHY",
    "WITH", "WITHOUT", "YET", "YOU",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Upper-case w into buf (size 16); 0 if it does not fit or is not a letter word. */
static int upper(const char *w, size_t n, char *buf)
{
    if (n == 0 || n > 15)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 32);
        else if (c < 'A' || c > 'Z')
            return 0;
        buf[i] = c;
    }
    buf[n] = 0;
    return 1;
}

/* strcmp of an entry's spelling, upper-cased, against an upper-case key. */
static int cmp_upper(const char *entry_word, const char *key)
{
    for (;; entry_word++, key++) {
        char c = *entry_word;
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 32);
        if (c != *key || !c)
            return (unsigned char)c - (unsigned char)*key;
    }
}

/*
 * Most words before a period start in lower case ("sanctions."), and only
 * the lower-case entries can match them: check those few directly.
 */
static dy_abbrev lower_case_find(const char *w, size_t n)
{
    static const entry lower[] = {{"cf", I}, {"est", G}, {"etc", G}, {"pp", N}, {"vs", I}};
    for (size_t i = 0; i < COUNT(lower); i++) {
        const char *e = lower[i].word;
        size_t k = 0;
        while (k < n && e[k] && (w[k] | 0x20) == e[k])
            k++;
        if (k == n && !e[k])
            return lower[i].kind;
    }
    return DY_ABBR_NONE;
}

/*
 * The kind of abbreviation the word w (n bytes, without its period) is, or
 * DY_ABBR_NONE. A listed capitalised spelling needs a capital first letter.
 */
dy_abbrev dy_abbrev_find(const char *w, size_t n)
{
    char key[16];
    if (n > 6 || !upper(w, n, key))  /* none is longer than "Messrs" */
        return DY_ABBR_NONE;
    if (w[0] >= 'a' && w[0] <= 'z')
        return lower_case_find(w, n);
    size_t lo = 0, hi = COUNT(abbrevs);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = cmp_upper(abbrevs[mid].word, key);
        if (c == 0) {
            const char *e = abbrevs[mid].word;
            if (e[0] >= 'A' && e[0] <= 'Z' && !(w[0] >= 'A' && w[0] <= 'Z'))
                return DY_ABBR_NONE;
            return abbrevs[mid].kind;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return DY_ABBR_NONE;
}

/* 1 if w (any case) is a word that commonly starts a sentence. */
int dy_is_sentence_starter(const char *w, size_t n)
{
    char key[16];
    if (!upper(w, n, key))
        return 0;
    size_t lo = 0, hi = COUNT(starters);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(starters[mid], key);
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* 1 if both word lists are in the order binary search needs (for the tests). */
int dy_abbrev_tables_sorted(void)
{
    char a[16], b[16];
    for (size_t i = 1; i < COUNT(abbrevs); i++) {
        if (!upper(abbrevs[i - 1].word, strlen(abbrevs[i - 1].word), a) ||
            !upper(abbrevs[i].word, strlen(abbrevs[i].word), b) || strcmp(a, b) >= 0)
            return 0;
    }
    for (size_t i = 1; i < COUNT(starters); i++)
        if (strcmp(starters[i - 1], starters[i]) >= 0)
            return 0;
    return 1;
}
