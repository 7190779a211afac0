/*
 * verbs.c — reading a verbs file: blocks, verb lines with their forms,
 * synsets. Pattern and transformation lines go to patterns.c.
 *
 * A line's meaning depends on what it starts with:
 *   --- NAME [CODE] ---   a new block (first [..] is its default code)
 *   &NAME                 a synset; the + lines after it are its members
 *   +...                  a synset member while a synset is open, else a
 *                         multi-word verb line (+CORDON_OFF, WIRE_+TAP)
 *   - ...                 a pattern of the current block
 *   ~ ...                 a PETRARCH-2 transformation
 *   anything else         a verb line: VERB {FORMS} [CODE]
 */
#include "dict/verbs.h"

#include <string.h>

#include "base/mem.h"
#include "dict/lines.h"
#include "dict/morph.h"

/*
 * Guess the pattern dialect of a verbs file: PETRARCH-2 if it has a `~`
 * transformation line, or a pattern with `(`, or one with `{` that is not a
 * TABARI disjunctive set `{A | B}`; TABARI otherwise.
 */
int dy_detect_dialect(const char *text, size_t len)
{
    dy_lines r;
    dy_lines_init(&r, text, len, DY_LINES_SEMICOLON);
    while (dy_lines_next(&r)) {
        if (r.text[0] == '~')
            return DY_DIALECT_PETRARCH2;
        if (r.text[0] != '-' || (r.len >= 3 && memcmp(r.text, "---", 3) == 0))
            continue;
        const char *end = memchr(r.text, '[', r.len);
        size_t n = end ? (size_t)(end - r.text) : r.len;
        if (memchr(r.text, '(', n) || (memchr(r.text, '{', n) && !memchr(r.text, '|', n)))
            return DY_DIALECT_PETRARCH2;
    }
    return DY_DIALECT_TABARI;
}

/* The synset called name[0..n) (without &), the latest definition of this
 * file read so far; DY_NO_INDEX if there is none. */
uint32_t dy_verbs_find_synset(dy_verbs_reader *r, const char *name, size_t n)
{
    dy_word id = dy_intern_find(&r->b->strs, name, n);
    if (!id)
        return DY_NO_INDEX;
    for (size_t i = r->b->n_synset; i-- > r->first_synset;) {
        const dy_synset *s = &r->b->synset[i];
        if (s->name == id - 1 && !(s->flags & DY_SYNSET_ANONYMOUS))
            return (uint32_t)i;
    }
    return DY_NO_INDEX;
}

/* ---- blocks ---- */

static void block_line(dy_verbs_reader *r, const char *s, size_t n)
{
    dy_builder *b = r->b;
    s += 3;
    n -= 3;
    const char *lb = memchr(s, '[', n);
    size_t namelen = lb ? (size_t)(lb - s) : n;
    const char *name = s;
    dy_trim(&name, &namelen);
    while (!lb && namelen >= 3 && memcmp(name + namelen - 3, "---", 3) == 0) {
        namelen -= 3;
        dy_trim(&name, &namelen);
    }
    dy_str code = DY_STR_NULLCODE;
    if (lb) {
        const char *rb = memchr(lb, ']', n - (size_t)(lb - s));
        if (!rb) {
            dy_b_report(b, DY_ERROR, r->line, "block line: '[' without ']'");
            b->stats.skipped_lines++;
            r->block = DY_NO_INDEX;
            return;
        }
        const char *c = lb + 1;
        size_t cn = (size_t)(rb - c);
        dy_trim(&c, &cn);
        code = cn ? dy_b_str(b, c, cn) : DY_STR_NULLCODE;
    }
    if (namelen == 0) {
        dy_b_report(b, DY_ERROR, r->line, "block line without a name");
        b->stats.skipped_lines++;
        r->block = DY_NO_INDEX;
        return;
    }
    dy_block *blk = DY_PUSH(b, block);
    blk->name = dy_b_upper_str(b, name, namelen);
    blk->code = code;
    blk->patterns = (uint32_t)b->n_pattern;
    blk->verbs = (uint32_t)b->n_verb;
    blk->line = (uint32_t)r->line;
    blk->file = b->cur_file;
    r->block = (uint32_t)(b->n_block - 1);
    b->stats.verb_blocks++;
}

/* ---- verb lines ---- */

/* Words of a verb form ("WIRE_+TAPPED"): into b->tmpw/tmpc; *pos is the
 * index of the word marked +, or -1 if none. Returns the word count, or 0
 * if the form is malformed (message given). */
static size_t verb_words(dy_verbs_reader *r, const char *s, size_t n, int *pos)
{
    dy_builder *b = r->b;
    b->n_tmpw = b->n_tmpc = 0;
    *pos = -1;
    size_t i = 0;
    uint8_t conn = DY_CONN_NONE;
    while (i < n) {
        if (s[i] == '_' || dy_is_blank((unsigned char)s[i])) {
            conn = s[i] == '_' ? DY_CONN_ADJ : (conn == DY_CONN_ADJ ? DY_CONN_ADJ : DY_CONN_GAP);
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && s[j] != '_' && !dy_is_blank((unsigned char)s[j]))
            j++;
        const char *w = s + i;
        size_t wn = j - i;
        if (*w == '+') {
            if (*pos >= 0) {
                dy_b_report(b, DY_ERROR, r->line, "verb '%.*s' marks two words with +", (int)n, s);
                return 0;
            }
            *pos = (int)b->n_tmpw;
            w++;
            wn--;
        }
        if (wn == 0) {
            dy_b_report(b, DY_ERROR, r->line, "verb '%.*s' has an empty word", (int)n, s);
            return 0;
        }
        uint8_t before = b->n_tmpc == 0 ? DY_CONN_NONE : (conn ? conn : DY_CONN_GAP);
        *DY_PUSH(b, tmpw) = dy_b_word(b, w, wn);
        *DY_PUSH(b, tmpc) = before;
        conn = DY_CONN_NONE;
        i = j;
    }
    if (b->n_tmpw > 255) {
        dy_b_report(b, DY_ERROR, r->line, "verb '%.*s' has more than 255 words", (int)n, s);
        return 0;
    }
    return b->n_tmpw;
}

static void add_form(dy_verbs_reader *r, uint32_t verb, uint32_t phrase, int pos, int flags)
{
    dy_builder *b = r->b;
    const dy_phrase *p = &b->phrase[phrase];
    /* the same words at the same position are one form, listed once */
    dy_word w = b->pword[p->first + (size_t)pos];
    for (size_t i = b->n_form; i-- > 0 && b->form[i].verb == verb;) {
        const dy_phrase *q = &b->phrase[b->form[i].phrase];
        if (b->form[i].pos == pos && q->n == p->n &&
            memcmp(&b->pword[q->first], &b->pword[p->first], p->n * sizeof(dy_word)) == 0)
            return;
    }
    dy_verb_form *f = DY_PUSH(b, form);
    f->verb = verb;
    f->phrase = phrase;
    f->word = w;
    f->pos = (uint8_t)pos;
    f->flags = (uint8_t)flags;
    b->stats.verb_forms++;
}

/* The generated forms (§1) of the verb word, keeping the neighbours. */
static void generate_forms(dy_verbs_reader *r, uint32_t verb, uint32_t root, int pos)
{
    dy_builder *b = r->b;
    const dy_phrase rp = b->phrase[root];
    dy_word vw = b->pword[rp.first + (size_t)pos];
    const char *vs = dy_intern_str(&b->words, vw);
    dy_forms forms;
    dy_verb_forms(vs, dy_intern_len(&b->words, vw), &forms);
    dy_word *w = dy_xmalloc(rp.n * sizeof *w);
    uint8_t *c = dy_xmalloc(rp.n);
    for (int k = 1; k < forms.count; k++) { /* [0] is the root, already stored */
        memcpy(w, &b->pword[rp.first], rp.n * sizeof *w);
        memcpy(c, &b->pconn[rp.first], rp.n);
        w[pos] = dy_b_word(b, forms.s[k], forms.len[k]);
        uint32_t ph = dy_b_phrase(b, w, c, rp.n, 0);
        add_form(r, verb, ph, pos, DY_FORM_GENERATED);
    }
    dy_free(w);
    dy_free(c);
}

static int form_sep(int c)
{
    return c == ',' || dy_is_blank(c);
}

/* The {..} forms: each item is one form; items are separated by blanks
 * or commas ({+CRACKED_DOWN , +CRACKS_DOWN} in Phoenix). */
static void listed_forms(dy_verbs_reader *r, uint32_t verb, const char *s, size_t n, int root_pos,
                         size_t root_n)
{
    dy_builder *b = r->b;
    size_t i = 0;
    while (i < n) {
        while (i < n && form_sep((unsigned char)s[i]))
            i++;
        size_t j = i;
        while (j < n && !form_sep((unsigned char)s[j]))
            j++;
        if (j > i) {
            int pos;
            size_t k = verb_words(r, s + i, j - i, &pos);
            if (k == 0) {
                i = j;
                continue;
            }
            if (pos < 0)
                pos = k == root_n ? root_pos : 0;
            uint32_t ph = dy_b_phrase(b, b->tmpw, b->tmpc, k, 0);
            add_form(r, verb, ph, pos, DY_FORM_LISTED);
        }
        i = j;
    }
}

static void verb_line(dy_verbs_reader *r, const char *s, size_t n)
{
    dy_builder *b = r->b;
    if (r->block == DY_NO_INDEX) {
        dy_b_report(b, DY_ERROR, r->line, "verb line '%.*s' before any --- block ---", (int)n, s);
        b->stats.skipped_lines++;
        return;
    }
    const char *lb = memchr(s, '[', n), *lc = memchr(s, '{', n);
    size_t rootn = n;
    if (lb && (size_t)(lb - s) < rootn)
        rootn = (size_t)(lb - s);
    if (lc && (size_t)(lc - s) < rootn)
        rootn = (size_t)(lc - s);
    const char *root = s;
    dy_trim(&root, &rootn);
    dy_str code = b->block[r->block].code;
    int own = 0;
    if (lb) {
        const char *rb = memchr(lb, ']', n - (size_t)(lb - s));
        if (!rb) {
            dy_b_report(b, DY_ERROR, r->line, "verb line: '[' without ']'");
            b->stats.skipped_lines++;
            return;
        }
        const char *c = lb + 1;
        size_t cn = (size_t)(rb - c);
        dy_trim(&c, &cn);
        code = dy_b_str(b, c, cn);
        own = 1;
    }
    const char *forms = NULL;
    size_t nforms = 0;
    if (lc) {
        const char *rc = memchr(lc, '}', n - (size_t)(lc - s));
        if (!rc) {
            dy_b_report(b, DY_ERROR, r->line, "verb line: '{' without '}'");
            b->stats.skipped_lines++;
            return;
        }
        forms = lc + 1;
        nforms = (size_t)(rc - forms);
    }
    int pos;
    size_t k = rootn ? verb_words(r, root, rootn, &pos) : 0;
    if (k == 0) {
        if (rootn == 0)
            dy_b_report(b, DY_ERROR, r->line, "verb line without a verb");
        b->stats.skipped_lines++;
        return;
    }
    if (pos < 0 && k > 1)
        dy_b_report(b, DY_WARNING, r->line,
                    "multi-word verb '%.*s' has no + marking the verb word: the first word is "
                    "taken", (int)rootn, root);
    if (pos < 0)
        pos = 0;
    dy_verb *v = DY_PUSH(b, verb);
    v->block = r->block;
    v->code = code;
    v->root = dy_b_phrase(b, b->tmpw, b->tmpc, k, 0);
    v->line = (uint32_t)r->line;
    v->file = b->cur_file;
    v->root_pos = (uint8_t)pos;
    v->flags = (uint8_t)((own ? DY_VERB_OWN_CODE : 0) | (k > 1 ? DY_VERB_MULTIWORD : 0));
    uint32_t vi = (uint32_t)(b->n_verb - 1);
    b->block[r->block].nverbs++;
    b->stats.verbs++;
    add_form(r, vi, v->root, pos, DY_FORM_ROOT);
    if (lc)
        listed_forms(r, vi, forms, nforms, pos, k);
    else
        generate_forms(r, vi, b->verb[vi].root, pos);
}

/* ---- synsets ---- */

static void synset_line(dy_verbs_reader *r, const char *s, size_t n)
{
    dy_builder *b = r->b;
    size_t k = 1;
    while (k < n && !dy_is_blank((unsigned char)s[k]))
        k++;
    const char *name = s + 1;
    size_t nn = k - 1;
    int noplural = 0;
    if (nn && name[nn - 1] == '_') {
        noplural = 1;
        nn--;
    }
    if (nn == 0) {
        dy_b_report(b, DY_ERROR, r->line, "synset line without a name after '&'");
        b->stats.skipped_lines++;
        r->synset = DY_NO_INDEX;
        return;
    }
    if (k < n)
        dy_b_report(b, DY_WARNING, r->line, "text after the synset name ignored: '%.*s'",
                    (int)(n - k), s + k);
    char up[256];
    if (nn > sizeof up) {
        dy_b_report(b, DY_ERROR, r->line, "synset name too long");
        b->stats.skipped_lines++;
        r->synset = DY_NO_INDEX;
        return;
    }
    dy_upper_copy(up, name, nn);
    uint32_t prev = dy_verbs_find_synset(r, up, nn);
    if (prev != DY_NO_INDEX)
        dy_b_report(b, DY_WARNING, r->line,
                    "synset &%.*s defined again (first at line %u): later patterns use this one",
                    (int)nn, up, b->synset[prev].line);
    dy_synset *sy = DY_PUSH(b, synset);
    sy->name = dy_b_str(b, up, nn);
    sy->members = (uint32_t)b->n_synset_member;
    sy->line = (uint32_t)r->line;
    sy->file = b->cur_file;
    sy->flags = noplural ? DY_SYNSET_NO_PLURAL : 0;
    r->synset = (uint32_t)(b->n_synset - 1);
    b->stats.synsets++;
}

static void add_member(dy_builder *b, uint32_t synset, uint32_t phrase)
{
    *DY_PUSH(b, synset_member) = phrase;
    b->synset[synset].nmembers++;
}

static void nested_member(dy_verbs_reader *r, const char *s, size_t n)
{
    dy_builder *b = r->b;
    char up[256];
    size_t nn = n - 1;
    if (nn && s[n - 1] == '_')
        nn--;
    if (nn == 0 || nn > sizeof up) {
        dy_b_report(b, DY_ERROR, r->line, "bad nested synset '%.*s'", (int)n, s);
        b->stats.skipped_lines++;
        return;
    }
    dy_upper_copy(up, s + 1, nn);
    uint32_t inner = dy_verbs_find_synset(r, up, nn);
    if (inner == DY_NO_INDEX || inner == r->synset) {
        dy_b_report(b, DY_WARNING, r->line,
                    "nested synset &%.*s is not defined before this line: member skipped",
                    (int)nn, up);
        b->stats.skipped_lines++;
        return;
    }
    const dy_synset in = b->synset[inner];
    for (uint32_t m = 0; m < in.nmembers; m++)
        add_member(b, r->synset, b->synset_member[in.members + m]);
}

static void member_line(dy_verbs_reader *r, const char *s, size_t n)
{
    dy_builder *b = r->b;
    s++;
    n--;
    dy_trim(&s, &n);
    if (n == 0) {
        dy_b_report(b, DY_ERROR, r->line, "empty synset member");
        b->stats.skipped_lines++;
        return;
    }
    if (s[0] == '&') {
        nested_member(r, s, n);
        return;
    }
    int trailing;
    size_t k = dy_b_split(b, s, n, &trailing);
    if (k == 0) {
        dy_b_report(b, DY_ERROR, r->line, "synset member '%.*s' has no words", (int)n, s);
        b->stats.skipped_lines++;
        return;
    }
    /* a member matches as consecutive words: every connector is adjacent */
    uint32_t ph = dy_b_phrase(b, b->tmpw, NULL, k, trailing ? DY_PHRASE_TRAILING_ADJ : 0);
    add_member(b, r->synset, ph);
    if (trailing || (b->synset[r->synset].flags & DY_SYNSET_NO_PLURAL))
        return;
    dy_word last = b->tmpw[k - 1];
    char pl[DY_FORM_CAP];
    size_t pn = dy_synset_plural(dy_intern_str(&b->words, last), dy_intern_len(&b->words, last), pl);
    if (pn == 0)
        return;
    b->tmpw[k - 1] = dy_b_word(b, pl, pn);
    add_member(b, r->synset, dy_b_phrase(b, b->tmpw, NULL, k, 0));
}

/* ---- the file ---- */

static void dispatch(dy_verbs_reader *r, const char *s, size_t n)
{
    if (n >= 3 && memcmp(s, "---", 3) == 0) {
        r->synset = DY_NO_INDEX;
        block_line(r, s, n);
    } else if (s[0] == '&') {
        synset_line(r, s, n);
    } else if (s[0] == '+' && r->synset != DY_NO_INDEX) {
        member_line(r, s, n);
    } else if (s[0] == '-') {
        r->synset = DY_NO_INDEX;
        dy_verbs_pattern(r, s, n);
    } else if (s[0] == '~') {
        r->synset = DY_NO_INDEX;
        dy_verbs_transform(r, s, n);
    } else {
        r->synset = DY_NO_INDEX;
        verb_line(r, s, n);
    }
}

/*
 * Read a verbs file (the current file of b). dialect: DY_DIALECT_AUTO to
 * decide from the text (dy_detect_dialect), or the dialect to use.
 */
void dy_load_verbs(dy_builder *b, const char *text, size_t len, int dialect)
{
    dy_verbs_reader r;
    memset(&r, 0, sizeof r);
    r.b = b;
    r.dialect = dialect == DY_DIALECT_AUTO ? dy_detect_dialect(text, len) : dialect;
    r.block = DY_NO_INDEX;
    r.synset = DY_NO_INDEX;
    r.first_synset = (uint32_t)b->n_synset;
    dy_lines lines;
    dy_lines_init(&lines, text, len, DY_LINES_SEMICOLON);
    while (dy_lines_next(&lines)) {
        r.line = lines.lineno;
        dispatch(&r, lines.text, lines.len);
    }
    dy_free(r.sep);
}
