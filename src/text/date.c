/*
 * date.c — story dates: "2019-06-19" style field values, and datelines such
 * as "(June 19, 2019)" that news texts put on a line of their own.
 */
#include "text/date.h"

#include <string.h>

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* 1 if yyyymmdd is a real calendar day between the years 1000 and 9999. */
int dy_date_valid(int yyyymmdd)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y = yyyymmdd / 10000, m = yyyymmdd / 100 % 100, d = yyyymmdd % 100;
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1)
        return 0;
    return d <= days[m - 1] + (m == 2 && is_leap(y));
}

/* Read exactly k digits at s[*i]; -1 if they are not all digits. */
static int digits(const char *s, size_t n, size_t *i, int k)
{
    int v = 0;
    for (int j = 0; j < k; j++, (*i)++) {
        if (*i >= n || s[*i] < '0' || s[*i] > '9')
            return -1;
        v = v * 10 + (s[*i] - '0');
    }
    return v;
}

/*
 * Parse a date field: YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD, optionally
 * followed by a time ("T12:00:00Z" or " 12:00"). Surrounding white space is
 * allowed. Returns YYYYMMDD, or 0 if s is not a valid date.
 */
int dy_date_parse(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    int y = digits(s, n, &i, 4), m, d;
    if (y < 0)
        return 0;
    if (i < n && (s[i] == '-' || s[i] == '/')) {
        char sep = s[i++];
        m = digits(s, n, &i, 2);
        if (m < 0 || i >= n || s[i++] != sep)
            return 0;
    } else {
        m = digits(s, n, &i, 2);
    }
    d = digits(s, n, &i, 2);
    if (m < 0 || d < 0)
        return 0;
    if (i < n && s[i] != 'T' && s[i] != ' ')
        return 0;
    int v = y * 10000 + m * 100 + d;
    return dy_date_valid(v) ? v : 0;
}

static const char *const month_names[] = {"january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december"};

/* Month 1..12 for a full or 3/4-letter English month name, else 0. */
static int month_of(const char *w, size_t n)
{
    char low[16];
    if (n < 3 || n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)(w[i] | 0x20);
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(month_names[m]);
        if (n == full && !memcmp(low, month_names[m], n))
            return m + 1;
        if ((n == 3 || (n == 4 && m == 8)) && !memcmp(low, month_names[m], n))
            return m + 1;
    }
    return 0;
}

static const char *const weekday_names[] = {"monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday"};

static int is_weekday(const char *w, size_t n)
{
    for (int i = 0; i < 7; i++)
        if (strlen(weekday_names[i]) == n) {
            size_t j = 0;
            while (j < n && (w[j] | 0x20) == weekday_names[i][j])
                j++;
            if (j == n)
                return 1;
        }
    return 0;
}

/* The words of a dateline: letters or digit runs; punctuation , . ( ) skipped. */
typedef struct word { const char *p; size_t n; int num; } word;

static int split_words(const char *s, size_t n, word *w, int max)
{
    int k = 0;
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == ',' || c == '.' || c == '(' || c == ')' ||
            c == '\r' || c == '\n') {
            i++;
            continue;
        }
        int num = c >= '0' && c <= '9';
        size_t j = i;
        while (j < n && (num ? (s[j] >= '0' && s[j] <= '9')
                             : ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z')))
            j++;
        if (j == i || k == max)
            return -1;  /* a character no dateline has, or too many words */
        w[k].p = s + i;
        w[k].n = j - i;
        w[k].num = num;
        k++;
        i = j;
    }
    return k;
}

static int number_of(const word *w)
{
    int v = 0;
    for (size_t i = 0; i < w->n && i < 5; i++)
        v = v * 10 + (w->p[i] - '0');
    return w->n > 4 ? -1 : v;
}

/*
 * If the whole of s is a date written the way news texts write one on a
 * line of its own — "(June 19, 2019)", "Wednesday, June 19, 2019",
 * "19 June 2019", "Jun. 19, 2019", "2019-06-19" — return it as YYYYMMDD,
 * else 0.
 */
int dy_dateline_parse(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    while (n && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
        s++, n--;
    if (n > 2 && s[0] == '(' && s[n - 1] == ')') {
        s++;
        n -= 2;
    }
    if (n >= 8 && n <= 10 && s[0] >= '0' && s[0] <= '9')
        return dy_date_parse(s, n);
    word w[6];
    int k = split_words(s, n, w, 6);
    int first = 0;
    if (k > 0 && !w[0].num && is_weekday(w[0].p, w[0].n))
        first = 1;
    if (k - first != 3)
        return 0;
    const word *a = &w[first], *b = &w[first + 1], *c = &w[first + 2];
    int m, d, y = c->num ? number_of(c) : -1;
    if (!a->num && b->num) {            /* June 19, 2019 */
        m = month_of(a->p, a->n);
        d = number_of(b);
    } else if (a->num && !b->num) {     /* 19 June 2019 */
        m = month_of(b->p, b->n);
        d = number_of(a);
    } else {
        return 0;
    }
    if (m == 0 || d < 1 || y < 1000)
        return 0;
    int v = y * 10000 + m * 100 + d;
    return dy_date_valid(v) ? v : 0;
}

/* Bounds of the last (from_end) or first non-blank line of text. */
static int edge_line(const char *t, size_t len, int from_end, size_t *b, size_t *e)
{
    size_t i;
    if (from_end) {
        i = len;
        while (i && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\r' || t[i - 1] == '\n'))
            i--;
        if (!i)
            return 0;
        *e = i;
        while (i && t[i - 1] != '\n')
            i--;
        *b = i;
    } else {
        i = 0;
        while (i < len && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n'))
            i++;
        if (i == len)
            return 0;
        *b = i;
        while (i < len && t[i] != '\n')
            i++;
        *e = i;
    }
    return 1;
}

/*
 * The date of a story's dateline: the last non-blank line if it is only a
 * date (news sites end articles with "(June 19, 2019)"), else the first
 * non-blank line if it is. Returns YYYYMMDD or 0.
 */
int dy_text_dateline(const char *text, size_t len)
{
    size_t b, e;
    for (int from_end = 1; from_end >= 0; from_end--) {
        if (!edge_line(text, len, from_end, &b, &e))
            return 0;
        if (e - b <= 40) {
            int d = dy_dateline_parse(text + b, e - b);
            if (d)
                return d;
        }
    }
    return 0;
}
