/*
 * morph.c — verb forms and plurals exactly as the reference coders make them.
 */
#include "dict/morph.h"

#include <string.h>

static void put(dy_forms *f, const char *a, size_t an, const char *b)
{
    size_t bn = strlen(b);
    if (an + bn >= DY_FORM_CAP)
        return;
    memcpy(f->s[f->count], a, an);
    memcpy(f->s[f->count] + an, b, bn);
    f->s[f->count][an + bn] = 0;
    f->len[f->count] = an + bn;
    f->count++;
}

/*
 * The regular forms of verb v (§1): V, VS, then VED and VING; for a V
 * ending in E, VD and V-minus-E+ING instead. The root comes first.
 * Returns the number of forms written (0 for an empty or over-long word).
 */
int dy_verb_forms(const char *v, size_t n, dy_forms *out)
{
    out->count = 0;
    if (n == 0)
        return 0;
    put(out, v, n, "");
    put(out, v, n, "S");
    if (v[n - 1] == 'E') {
        put(out, v, n, "D");
        put(out, v, n - 1, "ING");
    } else {
        put(out, v, n, "ED");
        put(out, v, n, "ING");
    }
    return out->count;
}

static size_t plural(const char *w, size_t n, char *out, int replace_s)
{
    if (n == 0 || n + 3 >= DY_FORM_CAP)
        return 0;
    memcpy(out, w, n);
    if (w[n - 1] == 'Y') {
        memcpy(out + n - 1, "IES", 3);
        n += 2;
    } else if (w[n - 1] == 'S') {
        if (replace_s) {
            memcpy(out + n - 1, "ES", 2);
            n += 1;
        } else {
            memcpy(out + n, "ES", 2);
            n += 2;
        }
    } else {
        out[n++] = 'S';
    }
    out[n] = 0;
    return n;
}

/* Agent plural (§0): Y->IES, +ES after S, otherwise +S. Returns its length
 * (0 if the word is empty or too long). */
size_t dy_agent_plural(const char *w, size_t n, char *out)
{
    return plural(w, n, out, 0);
}

/* Synset member plural (§1): Y->IES, a final S becomes ES, otherwise +S. */
size_t dy_synset_plural(const char *w, size_t n, char *out)
{
    return plural(w, n, out, 1);
}
