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

/*
 * The dictionary word a leaf stands for. Normally its upper-cased text;
 * but a hyphenated word the dictionaries do not know, made of an actor
 * name and a word of belonging ("BRITISH-FLAGGED", "US-LED", "SAUDI-BASED",
 * "RUSSIAN-HELD"), stands for the actor name: a British-flagged tanker is
 * a British one. Words of mere support or origin ("IRANIAN-BACKED",
 * "CHINESE-MADE") are not read so: the thing is not that actor's own.
 */
dy_word dy_leaf_word(const dy_dict *d, const char *upper, size_t len)
{
    static const char *const belong[] = {"FLAGGED", "BASED", "REGISTERED", "OWNED", "LED",
                                         "BORN", "RUN", "CONTROLLED", "HELD"};
    dy_word w = dy_dict_word(d, upper, len);
    if (w)
        return w;
    const char *dash = memchr(upper, '-', len);
    const char *last = dash;
    for (const char *p = dash; p && p < upper + len; p = memchr(p + 1, '-', (size_t)(upper + len - p - 1)))
        last = p;
    if (!dash || dash == upper || last + 1 >= upper + len)
        return 0;
    size_t tail = (size_t)(upper + len - last - 1);
    int belongs = 0;
    for (size_t i = 0; i < sizeof belong / sizeof belong[0] && !belongs; i++)
        belongs = strlen(belong[i]) == tail && memcmp(belong[i], last + 1, tail) == 0;
    if (!belongs)
        return 0;
    dy_word head = dy_dict_word(d, upper, (size_t)(dash - upper));
    size_t k = 0;
    if (head)
        dy_dict_actors_at(d, head, &k);
    return k ? head : 0;
}

/* Is a 3-letter role one of an armed group outside the state (rebels,
 * insurgents, separatists, militants)? */
static int armed_group_role(const char *r)
{
    return !memcmp(r, "REB", 3) || !memcmp(r, "INS", 3) || !memcmp(r, "SEP", 3) ||
           !memcmp(r, "UAF", 3);
}

/*
 * Does add already occur in code at an offset that is a multiple of 3? An
 * armed-group role counts as present when the code has any armed-group
 * role: "Boko Haram militants" stay NGAREB, not NGAREBUAF.
 */
static int has_aligned(const char *code, const char *add)
{
    size_t n = strlen(code), k = strlen(add);
    if (k == 0)
        return 1;
    for (size_t off = 0; off + k <= n; off += 3) {
        if (memcmp(code + off, add, k) == 0)
            return 1;
        if (k == 3 && off > 0 && off + 3 <= n && armed_group_role(add) &&
            armed_group_role(code + off))
            return 1;
    }
    return 0;
}

/* Is code a bare country code: exactly three capital letters ("PRK")? */
static int bare_country(const char *code)
{
    return strlen(code) == 3 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' &&
           code[1] <= 'Z' && code[2] >= 'A' && code[2] <= 'Z';
}

/* Where an actor phrase may not start (see mark_no_start). */
enum { START_OK = 0, START_NEVER = 1, START_NO_ONE_WORD = 2 };

/* Is the leaf's text a capitalised word with lower case in it ("Un", not "UN")? */
static int title_case(const dy_leaf *l)
{
    if (l->len < 2 || l->text[0] < 'A' || l->text[0] > 'Z')
        return 0;
    for (uint32_t i = 1; i < l->len; i++)
        if (l->text[i] >= 'a' && l->text[i] <= 'z')
            return 1;
    return 0;
}

static int proper_noun(const dy_leaf *l)
{
    return l->tag == DY_NNP || l->tag == DY_NNPS;
}

/*
 * Mark the words of e where no actor phrase may start, because the
 * dictionaries' upper-case matching would read a name into a word that is
 * not one:
 * - a pronoun: "told us" is not the US;
 * - a short one-word actor inside a longer proper name whose previous word
 *   names no actor or agent: "Kim Jong Un" is not the UN. A word of up to
 *   three letters written as a name ("Un", not "UN") inside a name is a
 *   syllable of it, where the dictionaries' short words are acronyms;
 *   longer ones are kept, as dictionaries list surnames ("Nicolás Maduro"
 *   is found by MADURO whatever the spelling of the first name). The
 *   previous word must not open the
 *   sentence, where capitals say nothing. No actor matched at the
 *   previous word, or first_actor would not have come this far; that it
 *   starts no agent (a title: "President Xi") is checked here.
 */
static void mark_no_start(const dy_dict *d, const dy_sent *s, const dy_ne *e, const dy_word *w,
                          int32_t n, uint8_t *no)
{
    for (int32_t i = 0; i < n; i++) {
        const dy_leaf *l = &s->t->leaf[e->word[i]];
        no[i] = l->tag == DY_PRP ? START_NEVER : START_OK;
        if (i == 0 || !proper_noun(l) || !title_case(l) || l->len > 3 || e->word[i - 1] == 0 ||
            e->word[i - 1] != e->word[i] - 1)
            continue;
        const dy_leaf *p = &s->t->leaf[e->word[i - 1]];
        size_t nagt;
        dy_dict_agents_at(d, w[i - 1], &nagt);
        if (proper_noun(p) && title_case(p) && nagt == 0)
            no[i] = START_NO_ONE_WORD;
    }
}

/* The first actor phrase that matches w[from..n): position, length, actor. */
static int first_actor(const dy_dict *d, const dy_word *w, const uint8_t *no, int32_t n,
                       int32_t from, int32_t *pos, int32_t *npos, uint32_t *actor)
{
    for (int32_t i = from; i < n; i++) {
        if (no[i] == START_NEVER)
            continue;
        size_t k;
        const uint32_t *names = dy_dict_actors_at(d, w[i], &k);
        for (size_t j = 0; j < k; j++) {
            const dy_actor_name *an = &d->actor_name[names[j]];
            if (no[i] == START_NO_ONE_WORD && d->phrase[an->phrase].n == 1)
                continue;
            if (dy_match_phrase(d, an->phrase, w, n, i, NULL, pos)) {
                *npos = d->phrase[an->phrase].n;
                *actor = an->actor;
                return 1;
            }
        }
    }
    return 0;
}

/*
 * Find the actor: the first position where an actor phrase matches (§0).
 * One extension for news: when that actor is a bare country and a later
 * actor of the phrase is a role of the same country ("North Korean leader
 * Kim Jong Un": PRK, then PRKGOV), the later, more specific one is the
 * actor, as a careful coder would take the person's own code. Not when
 * that code only says the person is out of office (ELI): the phrase's own
 * title ("Iraqi Prime Minister ...") is then the better evidence.
 */
static int find_actor(const dy_dict *d, const dy_word *w, const uint8_t *no, int32_t n,
                      uint32_t date, int32_t *pos, int32_t *npos, uint32_t *actor)
{
    if (!first_actor(d, w, no, n, 0, pos, npos, actor))
        return 0;
    const char *code = dy_dict_str(d, dy_dict_actor_code_at(d, *actor, date));
    if (!bare_country(code))
        return 1;
    int32_t pos2[64], npos2;
    uint32_t actor2;
    int32_t from = pos[*npos - 1] + 1;
    while (from < n && first_actor(d, w, no, n, from, pos2, &npos2, &actor2)) {
        const char *code2 = dy_dict_str(d, dy_dict_actor_code_at(d, actor2, date));
        size_t n2 = strlen(code2);
        if (n2 > 3 && strncmp(code2, code, 3) == 0 && !strchr(code2, '/') &&
            strcmp(code2 + n2 - 3, "ELI") != 0) {
            memcpy(pos, pos2, sizeof pos2[0] * (size_t)npos2);
            *npos = npos2;
            *actor = actor2;
            return 1;
        }
        from = pos2[0] + 1;
    }
    return 1;
}

/* Apply agents outside [skip_lo, skip_hi] to *code; returns agents applied. */
static int apply_agents(const dy_dict *d, dy_arena *a, const dy_word *w, int32_t n,
                        int32_t skip_lo, int32_t skip_hi, const uint8_t *block, char **code)
{
    uint8_t used[256];
    int32_t pos[64];
    if (n > 256)
        n = 256;
    if (block)
        memcpy(used, block, (size_t)n);
    else
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
 * Is code's beginning a country ("PRKGOV": PRK)? Organisations (IGO, NGO,
 * IMG, MNC, UIS), regions and "---" are not.
 */
int dy_code_country_prefix(const char *code)
{
    static const char *const not_country[] = {
        "IGO", "NGO", "IMG", "MNC", "UIS", "AFR", "ASA", "BLK", "CAS", "CAU", "CFR",
        "CRB", "CEU", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS",
        "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST"};
    if (!code || strlen(code) < 3)
        return 0;
    for (int i = 0; i < 3; i++)
        if (code[i] < 'A' || code[i] > 'Z')
            return 0;
    for (size_t i = 0; i < sizeof not_country / sizeof not_country[0]; i++)
        if (memcmp(code, not_country[i], 3) == 0)
            return 0;
    return 1;
}

/* Does some word outside the place (placed[i] 0) start an agent phrase? */
static int head_has_agent(const dy_dict *d, const dy_word *w, int32_t n, const uint8_t *placed)
{
    for (int32_t i = 0; i < n; i++) {
        size_t k = 0;
        if (!placed[i] && w[i])
            dy_dict_agents_at(d, w[i], &k);
        if (k)
            return 1;
    }
    return 0;
}

/*
 * Give NE e the actor code `base` (an "X/Y" list allowed), named by its
 * words [pos0, pos1] (indexes into e->word), with the agents of its other
 * words (§0). Used for actors found by name and for those a story
 * reference stands for (coref.c). e->actor is left to the caller.
 *
 * A phrase with a place in it ("police in Hong Kong", "protesters outside
 * the legislature") is about its head: the place's words give no agents,
 * and when the head is an agent, an actor found only in the place gives
 * its country ("protesters in Caracas" are VENOPP, not the government the
 * capital stands for when it acts). An actor the head goes to is not the
 * head's ("peacekeepers to South Sudan" are SSD, not SSDMIL): only the
 * destination's own words give agents.
 */
void dy_code_ne_with(const dy_dict *d, dy_sent *s, dy_ne *e, const char *base, int32_t pos0,
                     int32_t pos1)
{
    dy_word w[256];
    uint8_t placed[256];
    int32_t n = e->nword < 256 ? e->nword : 256;
    int head = 0;
    int to = dy_sent_leaf_pp(s, e->word[pos0], e->node) == DY_PP_DIRECTION;
    for (int32_t i = 0; i < n; i++) {
        w[i] = s->wid[e->word[i]];
        int kind = dy_sent_leaf_pp(s, e->word[i], e->node);
        /* an actor where the head goes: only the destination's own words
           give agents ("peacekeepers to South Sudan" is SSD) */
        placed[i] = (uint8_t)(to ? kind != DY_PP_DIRECTION : kind == DY_PP_PLACE);
        head |= !placed[i];
    }
    const uint8_t *block = head ? placed : NULL;
    char country[4];
    if (head && !to && placed[pos0] && strlen(base) > 3 && !strchr(base, '/') &&
        dy_code_country_prefix(base) && head_has_agent(d, w, n, placed)) {
        memcpy(country, base, 3);
        country[3] = 0;
        base = country;
    }
    e->ncode = 0;
    e->actor_leaf = e->word[pos0];
    e->actor_end = e->word[pos1] + 1;
    /* each alternative of X/Y gets the agents */
    dy_ne tmp;
    set_codes(&tmp, s->arena, base);
    for (int32_t c = 0; c < tmp.ncode; c++) {
        char *code = (char *)tmp.code[c];
        apply_agents(d, s->arena, w, n, pos0, pos1, block, &code);
        e->code[e->ncode++] = code;
    }
    if (e->ncode == 0) {
        char *code = dy_arena_strdup(s->arena, "---");
        apply_agents(d, s->arena, w, n, pos0, pos1, block, &code);
        e->code[e->ncode++] = code;
    }
    if (e->ncode == 1 && strcmp(e->code[0], "---") == 0)
        e->ncode = 0; /* an actor coded [---]: a null NE */
}

/*
 * Code one NE (not a compound) from its words on date (YYYYMMDD). Leaves
 * e->ncode 0 for a null NE.
 */
void dy_code_ne(const dy_dict *d, dy_sent *s, dy_ne *e, uint32_t date)
{
    dy_word w[256];
    w[0] = 0;
    int32_t n = e->nword < 256 ? e->nword : 256;
    for (int32_t i = 0; i < n; i++)
        w[i] = s->wid[e->word[i]];
    int32_t pos[64];
    int32_t npos = 0;
    uint32_t actor = 0;
    uint8_t no[256] = {0};
    mark_no_start(d, s, e, w, n, no);
    e->ncode = 0;
    if (find_actor(d, w, no, n, date, pos, &npos, &actor)) {
        dy_code_ne_with(d, s, e, dy_dict_str(d, dy_dict_actor_code_at(d, actor, date)), pos[0],
                        pos[npos - 1]);
        e->actor = actor;
        return;
    }
    uint8_t placed[256];
    int head = 0;
    for (int32_t i = 0; i < n; i++) {
        placed[i] = (uint8_t)(dy_sent_leaf_pp(s, e->word[i], e->node) == DY_PP_PLACE);
        head |= !placed[i];
    }
    char *code = dy_arena_strdup(s->arena, "---");
    if (apply_agents(d, s->arena, w, n, -1, -1, head ? placed : NULL, &code) > 0)
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
