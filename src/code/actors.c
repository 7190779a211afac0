/*
 * actors.c — giving each actor phrase its code (CODING-RULES §0 "Codes", §2.8).
 *
 * The actor is the first word of the NE at which some actor phrase starts
 * (phrases tried longest first); its code is chosen by the story date. Then
 * agents are looked for in the words outside the actor's span, left to
 * right and longest first, each match consuming its words: "~GOV" appends
 * GOV, "NGO~" puts NGO in front. The search stops at the first agent whose
 * code already sits at a 3-character boundary of the code built so far
 * ("Washington security officials" stays USAGOV). An agent with no actor
 * gives "---" plus the agent.
 */
#include "lang/tree.h"
#include "code/actors.h"

#include <string.h>

/*
 * Match phrase p against words w[at..n): connectors decide whether the next
 * phrase word must follow at once (`_`) or may come later (space). used[]
 * marks words that may not be matched (NULL: none). On success the matched
 * positions go to pos[] and the function returns 1.
 */
int dy_match_phrase(const dy_dict *d, uint32_t p, const dy_word *w, int32_t n, int32_t at,
                    const uint8_t *used, int32_t *pos)
{
    size_t len;
    const dy_word *pw = dy_dict_phrase_words(d, p, &len);
    int32_t i = at;
    for (size_t k = 0; k < len; k++) {
        if (k > 0 && dy_dict_phrase_conn(d, p, k) == DY_CONN_GAP) {
            while (i < n && (w[i] != pw[k] || (used && used[i])))
                i++;
        }
        if (i >= n || w[i] != pw[k] || (used && used[i]))
            return 0;
        pos[k] = i++;
    }
    return 1;
}

static void append_code(dy_arena *a, char **code, const char *add, int prefix)
{
    size_t n1 = strlen(*code), n2 = strlen(add);
    char *s = dy_arena_alloc(a, n1 + n2 + 1);
    if (prefix) {
        memcpy(s, add, n2);
        memcpy(s + n2, *code, n1);
    } else {
        memcpy(s, *code, n1);
        memcpy(s + n1, add, n2);
    }
    s[n1 + n2] = 0;
    *code = s;
}

/* Does add already occur in code at an offset that is a multiple of 3? */
static int has_aligned(const char *code, const char *add)
{
    size_t n = strlen(code), k = strlen(add);
    if (k == 0)
        return 1;
    for (size_t off = 0; off + k <= n; off += 3)
        if (memcmp(code + off, add, k) == 0)
            return 1;
    return 0;
}

/* Find the actor: the first position where an actor phrase matches. */
static int find_actor(const dy_dict *d, const dy_word *w, int32_t n, int32_t *pos,
                      int32_t *npos, uint32_t *actor)
{
    for (int32_t i = 0; i < n; i++) {
        size_t k;
        const uint32_t *names = dy_dict_actors_at(d, w[i], &k);
        for (size_t j = 0; j < k; j++) {
            const dy_actor_name *an = &d->actor_name[names[j]];
            if (dy_match_phrase(d, an->phrase, w, n, i, NULL, pos)) {
                *npos = d->phrase[an->phrase].n;
                *actor = an->actor;
                return 1;
            }
        }
    }
    return 0;
}

/* Apply agents outside [skip_lo, skip_hi] to *code; returns agents applied. */
static int apply_agents(const dy_dict *d, dy_arena *a, const dy_word *w, int32_t n,
                        int32_t skip_lo, int32_t skip_hi, char **code)
{
    uint8_t used[256];
    int32_t pos[64];
    if (n > 256)
        n = 256;
    memset(used, 0, (size_t)n);
    for (int32_t i = skip_lo; i <= skip_hi && i < n; i++)
        if (i >= 0)
            used[i] = 1;
    int applied = 0;
    for (int32_t i = 0; i < n; i++) {
        if (used[i])
            continue;
        size_t k;
        const uint32_t *ags = dy_dict_agents_at(d, w[i], &k);
        for (size_t j = 0; j < k; j++) {
            const dy_agent *ag = &d->agent[ags[j]];
            if (d->phrase[ag->phrase].n > 64)
                continue;
            if (!dy_match_phrase(d, ag->phrase, w, n, i, used, pos))
                continue;
            const char *add = dy_dict_str(d, ag->code);
            if (has_aligned(*code, add))
                return applied;
            for (uint16_t m = 0; m < d->phrase[ag->phrase].n; m++)
                used[pos[m]] = 1;
            append_code(a, code, add, ag->kind == DY_AGENT_PREFIX);
            applied++;
            break;
        }
    }
    return applied;
}

/* Split "X/Y" into e's code list. */
static void set_codes(dy_ne *e, dy_arena *a, const char *code)
{
    e->ncode = 0;
    const char *p = code;
    while (*p && e->ncode < DY_NE_MAX_CODES) {
        const char *q = strchr(p, '/');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        if (len > 0)
            e->code[e->ncode++] = dy_arena_strndup(a, p, len);
        if (!q)
            break;
        p = q + 1;
    }
}

/*
 * Code one NE (not a compound) from its words on date (YYYYMMDD). Leaves
 * e->ncode 0 for a null NE.
 */
void dy_code_ne(const dy_dict *d, dy_sent *s, dy_ne *e, uint32_t date)
{
    dy_word w[256];
    int32_t n = e->nword < 256 ? e->nword : 256;
    for (int32_t i = 0; i < n; i++)
        w[i] = s->wid[e->word[i]];
    int32_t pos[64];
    int32_t npos = 0;
    uint32_t actor = 0;
    e->ncode = 0;
    if (find_actor(d, w, n, pos, &npos, &actor)) {
        e->actor_leaf = e->word[pos[0]];
        const char *base = dy_dict_str(d, dy_dict_actor_code_at(d, actor, date));
        /* each alternative of X/Y gets the agents */
        dy_ne tmp;
        set_codes(&tmp, s->arena, base);
        for (int32_t c = 0; c < tmp.ncode; c++) {
            char *code = (char *)tmp.code[c];
            apply_agents(d, s->arena, w, n, pos[0], pos[npos - 1], &code);
            e->code[e->ncode++] = code;
        }
        if (e->ncode == 0) {
            char *code = dy_arena_strdup(s->arena, "---");
            apply_agents(d, s->arena, w, n, pos[0], pos[npos - 1], &code);
            e->code[e->ncode++] = code;
        }
        if (e->ncode == 1 && strcmp(e->code[0], "---") == 0)
            e->ncode = 0; /* an actor coded [---]: a null NE */
        return;
    }
    char *code = dy_arena_strdup(s->arena, "---");
    if (apply_agents(d, s->arena, w, n, -1, -1, &code) > 0)
        e->code[e->ncode++] = code;
}

/*
 * Code every NE of the sentence; compounds collect their members' codes.
 * An adjectival compound ("Russian and Chinese bombers") stays one only if
 * at least two members name an actor; else it is read as one phrase.
 */
void dy_code_all_nes(const dy_dict *d, dy_sent *s, uint32_t date)
{
    for (int32_t i = 0; i < s->nne; i++) {
        dy_ne *e = &s->ne[i];
        if (e->nmember == 0)
            dy_code_ne(d, s, e, date);
    }
    for (int32_t i = 0; i < s->nne; i++) {
        dy_ne *e = &s->ne[i];
        if (!e->adjectival)
            continue;
        int coded = 0;
        for (int32_t m = 0; m < e->nmember; m++)
            coded += s->ne[e->member + m].actor_leaf >= 0;
        if (coded < 2) {
            dy_sent_dissolve(s, i);
            dy_code_ne(d, s, e, date);
        }
    }
}
