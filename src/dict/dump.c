/*
 * dump.c — writing compiled dictionaries back as text (dump.h).
 */
#include "dict/dump.h"

static char sep_char(int conn)
{
    return conn == DY_CONN_ADJ ? '_' : ' ';
}

static void where(const dy_dict *d, uint32_t file, uint32_t line, dy_buf *out)
{
    dy_buf_adds(out, dy_dict_file_name(d, file));
    dy_buf_addc(out, ':');
    dy_buf_add_long(out, (long)line);
    dy_buf_addc(out, '\t');
}

/* A phrase as dictionary text: `_` between adjacent words, a space for a
 * gap, a final `_` if it was written with one. */
void dy_dump_phrase(const dy_dict *d, uint32_t phrase, dy_buf *out)
{
    size_t n;
    const dy_word *w = dy_dict_phrase_words(d, phrase, &n);
    for (size_t i = 0; i < n; i++) {
        if (i)
            dy_buf_addc(out, sep_char(dy_dict_phrase_conn(d, phrase, i)));
        dy_buf_adds(out, dy_dict_word_str(d, w[i]));
    }
    if (d->phrase[phrase].flags & DY_PHRASE_TRAILING_ADJ)
        dy_buf_addc(out, '_');
}

static void element(const dy_dict *d, const dy_pelem *e, dy_buf *out)
{
    switch (e->kind) {
    case DY_PE_WORD: dy_buf_adds(out, dy_dict_word_str(d, e->id)); break;
    case DY_PE_SYNSET: {
        const dy_synset *s = &d->synset[e->id];
        if (!(s->flags & DY_SYNSET_ANONYMOUS))
            dy_buf_addc(out, '&');
        dy_buf_adds(out, dy_dict_str(d, s->name));
        break;
    }
    case DY_PE_SOURCE: dy_buf_addc(out, '$'); break;
    case DY_PE_TARGET: dy_buf_addc(out, '+'); break;
    case DY_PE_COMPOUND: dy_buf_addc(out, '%'); break;
    case DY_PE_SKIP: dy_buf_addc(out, '^'); break;
    default: break;
    }
}

/* Elements [i, i+1+span) of a group or a single element. */
static void item(const dy_dict *d, uint32_t i, dy_buf *out)
{
    const dy_pelem *e = &d->pelem[i];
    if (e->kind != DY_PE_NP && e->kind != DY_PE_PP) {
        element(d, e, out);
        return;
    }
    dy_buf_addc(out, e->kind == DY_PE_NP ? '{' : '(');
    for (uint32_t k = i + 1; k <= i + e->span; k++) {
        if (k > i + 1)
            dy_buf_addc(out, sep_char(d->pelem[k].conn));
        if (d->pelem[k].kind == DY_PE_NP) {
            item(d, k, out);
            k += d->pelem[k].span;
        } else {
            element(d, &d->pelem[k], out);
        }
    }
    dy_buf_addc(out, e->kind == DY_PE_NP ? '}' : ')');
}

/* A pattern as `UPPER * LOWER [CODE]`, connectors as stored. */
void dy_dump_pattern(const dy_dict *d, uint32_t pattern, dy_buf *out)
{
    const dy_pattern *p = &d->pattern[pattern];
    for (uint32_t i = p->upper; i < p->upper + p->nupper; i += 1u + d->pelem[i].span) {
        item(d, i, out);
        dy_buf_addc(out, sep_char(d->pelem[i].conn));
    }
    dy_buf_addc(out, '*');
    for (uint32_t i = p->lower; i < p->lower + p->nlower; i += 1u + d->pelem[i].span) {
        dy_buf_addc(out, sep_char(d->pelem[i].conn));
        item(d, i, out);
    }
    dy_buf_addf(out, " [%s]", dy_dict_str(d, p->code));
}

/* An actor's codes in file order: [C] [C <D] [C >D] [C D1-D2]. */
void dy_dump_actor_codes(const dy_dict *d, uint32_t actor, dy_buf *out)
{
    const dy_actor *a = &d->actor[actor];
    for (uint32_t i = 0; i < a->ncodes; i++) {
        const dy_actor_code *c = &d->actor_code[a->codes + i];
        if (i)
            dy_buf_addc(out, ' ');
        dy_buf_addf(out, "[%s", dy_dict_str(d, c->code));
        if (c->kind == DY_DATE_BEFORE)
            dy_buf_addf(out, " <%u", c->hi);
        else if (c->kind == DY_DATE_AFTER)
            dy_buf_addf(out, " >%u", c->lo);
        else if (c->kind == DY_DATE_RANGE)
            dy_buf_addf(out, " %u-%u", c->lo, c->hi);
        dy_buf_addc(out, ']');
    }
}

static void dump_verbs(const dy_dict *d, dy_buf *out)
{
    for (uint32_t s = 0; s < d->nsynsets; s++) {
        const dy_synset *sy = &d->synset[s];
        where(d, sy->file, sy->line, out);
        dy_buf_addf(out, "synset\t%s%s\t", sy->flags & DY_SYNSET_ANONYMOUS ? "" : "&",
                    dy_dict_str(d, sy->name));
        for (uint32_t m = 0; m < sy->nmembers; m++) {
            if (m)
                dy_buf_adds(out, " | ");
            dy_dump_phrase(d, d->synset_member[sy->members + m], out);
        }
        dy_buf_addc(out, '\n');
    }
    uint32_t f = 0; /* forms are stored verb by verb, in verb order */
    for (uint32_t b = 0; b < d->nblocks; b++) {
        const dy_block *bl = &d->block[b];
        where(d, bl->file, bl->line, out);
        dy_buf_addf(out, "block\t%s [%s]\n", dy_dict_str(d, bl->name), dy_dict_str(d, bl->code));
        for (uint32_t v = bl->verbs; v < bl->verbs + bl->nverbs; v++) {
            const dy_verb *vb = &d->verb[v];
            where(d, vb->file, vb->line, out);
            dy_buf_adds(out, "verb\t");
            size_t n;
            const dy_word *w = dy_dict_phrase_words(d, vb->root, &n);
            for (size_t i = 0; i < n; i++) { /* the inflecting word marked + */
                if (i)
                    dy_buf_addc(out, sep_char(dy_dict_phrase_conn(d, vb->root, i)));
                if (n > 1 && i == vb->root_pos)
                    dy_buf_addc(out, '+');
                dy_buf_adds(out, dy_dict_word_str(d, w[i]));
            }
            dy_buf_addf(out, " [%s]%s\t", dy_dict_str(d, vb->code),
                        vb->flags & DY_VERB_OWN_CODE ? "" : " (block)");
            while (f < d->nforms && d->form[f].verb < v)
                f++;
            for (; f < d->nforms && d->form[f].verb == v; f++) {
                dy_dump_phrase(d, d->form[f].phrase, out);
                dy_buf_addc(out, ' ');
            }
            dy_buf_addc(out, '\n');
        }
        for (uint32_t p = bl->patterns; p < bl->patterns + bl->npatterns; p++) {
            where(d, d->pattern[p].file, d->pattern[p].line, out);
            dy_buf_adds(out, "pattern\t");
            dy_dump_pattern(d, p, out);
            dy_buf_addc(out, '\n');
        }
    }
    for (uint32_t t = 0; t < d->ntransforms; t++) {
        const dy_transform *x = &d->transform[t];
        where(d, x->file, x->line, out);
        dy_buf_addf(out, "transformation\t~ %c (%c %c %s) %s = %c %c %s\n", x->a, x->b, x->c,
                    x->v2 ? dy_dict_word_str(d, x->v2) : "Q", x->v1 ? dy_dict_word_str(d, x->v1) : "Q",
                    x->x, x->y, x->code ? dy_dict_str(d, x->code) : "Q");
    }
}

static void dump_actors(const dy_dict *d, dy_buf *out)
{
    for (uint32_t i = 0; i < d->nactor_names; i++) {
        const dy_actor_name *n = &d->actor_name[i];
        where(d, n->file, n->line, out);
        dy_buf_adds(out, n->flags & DY_ACTOR_SYNONYM ? "actor+\t" : "actor\t");
        dy_dump_phrase(d, n->phrase, out);
        dy_buf_addc(out, '\t');
        dy_dump_actor_codes(d, n->actor, out);
        dy_buf_addc(out, '\n');
    }
}

static void dump_agents(const dy_dict *d, dy_buf *out)
{
    for (uint32_t i = 0; i < d->nagents; i++) {
        const dy_agent *a = &d->agent[i];
        where(d, a->file, a->line, out);
        dy_buf_adds(out, "agent\t");
        dy_dump_phrase(d, a->phrase, out);
        const char *code = dy_dict_str(d, a->code);
        dy_buf_addf(out, "\t[%s%s%s]%s%s\n", a->kind == DY_AGENT_SUFFIX ? "~" : "", code,
                    a->kind == DY_AGENT_PREFIX ? "~" : "", a->flags & DY_AGENT_PLURAL ? " plural" : "",
                    a->flags & DY_AGENT_SUBSTITUTED ? " substituted" : "");
    }
}

static void dump_discards_issues(const dy_dict *d, int parts, dy_buf *out)
{
    for (uint32_t i = 0; (parts & DY_DUMP_DISCARDS) && i < d->ndiscards; i++) {
        const dy_discard *x = &d->discard[i];
        where(d, x->file, x->line, out);
        dy_buf_addf(out, "discard\t%s%s%s\n", x->story ? "+" : "", dy_dict_str(d, x->text),
                    x->boundary ? "_" : "");
    }
    for (uint32_t i = 0; (parts & DY_DUMP_ISSUES) && i < d->nissues; i++) {
        const dy_issue *x = &d->issue[i];
        where(d, x->file, x->line, out);
        const char *cat = x->category == DY_NO_INDEX
                              ? "" : dy_dict_str(d, d->issue_category[x->category].name);
        if (x->cancel)
            dy_buf_addf(out, "issue\t%s\t~%s\n", cat, dy_dict_str(d, x->text));
        else
            dy_buf_addf(out, "issue\t%s\t%s [%s]\n", cat, dy_dict_str(d, x->text),
                        dy_dict_str(d, x->code));
    }
}

/* Everything in `parts` (dy_dump_part bits), one record per line. */
void dy_dict_dump(const dy_dict *d, int parts, dy_buf *out)
{
    if (parts & DY_DUMP_OPTIONS) {
        const dy_dict_options *o = &d->options;
        dy_buf_addf(out, "options\trequire_dyad=%d new_actor_length=%d comma_min=%d comma_max=%d "
                    "comma_bmin=%d comma_bmax=%d comma_emin=%d comma_emax=%d\n",
                    o->require_dyad, o->new_actor_length, o->comma_min, o->comma_max,
                    o->comma_bmin, o->comma_bmax, o->comma_emin, o->comma_emax);
    }
    if (parts & DY_DUMP_VERBS)
        dump_verbs(d, out);
    if (parts & DY_DUMP_ACTORS)
        dump_actors(d, out);
    if (parts & DY_DUMP_AGENTS)
        dump_agents(d, out);
    dump_discards_issues(d, parts, out);
}
