/*
 * cmd_validate.c — `dyad validate FILE.xml [--parse]`: run a PETRARCH
 * validation file.
 *
 * The file's <Environment> names the dictionaries (relative to the file);
 * each <Config> changes the options for the sentences after it. Every
 * <Sentence> with sentence="true" (or no such attribute) is coded and the
 * set of (source, target, code) it gives is compared with its
 * <EventCoding> entries (noevents: none expected). Failures are printed
 * with what was expected and what came out, then a table of passes per
 * category, and last, exactly:
 *     validate: PASSED/TOTAL sentences correct (PCT%)
 * The exit status is 0 whatever the score (a score is a measurement); 3
 * if the file cannot be run at all.
 */
#include "cli/cli.h"
#include "lang/tree.h"
#include "code/coder.h"
#include "text/reader.h"
#include "base/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct category {
    char name[32];
    int passed, total;
} category;

typedef struct vstate {
    int use_parse;
    int verbose;
    dyad_dicts *dicts;
    dyad_coder *coder;
    dyad_options opt;
    category cat[64];
    int ncat;
    int passed, total, skipped, unreadable;
} vstate;

static void usage(FILE *f)
{
    fprintf(f, "usage: dyad validate FILE.xml [--parse] [--verbose]\n\n"
               "Codes every sentence of a PETRARCH validation file with the dictionaries\n"
               "its <Environment> names and compares the events with its <EventCoding>s.\n"
               "  --parse     code from each sentence's <Parse> (default: from the raw text)\n"
               "  --verbose   also print the sentences that passed\n");
}

static category *category_of(vstate *v, const char *name)
{
    if (!name || !*name)
        name = "(none)";
    for (int i = 0; i < v->ncat; i++)
        if (strcmp(v->cat[i].name, name) == 0)
            return &v->cat[i];
    if (v->ncat == 64)
        return &v->cat[63];
    category *c = &v->cat[v->ncat++];
    snprintf(c->name, sizeof c->name, "%s", name);
    return c;
}

static void on_message(void *ctx, int sev, const char *where, const char *msg)
{
    (void)ctx;
    if (where && *where)
        fprintf(stderr, "dyad: %s: %s: %s\n", where, dy_severity_name((dy_severity)sev), msg);
    else
        fprintf(stderr, "dyad: %s: %s\n", dy_severity_name((dy_severity)sev), msg);
}

/* Load the dictionaries an <Environment> names. */
static int load_environment(vstate *v, const dy_story *s, dy_arena *a)
{
    const char *actors[16];
    size_t nactors = 0;
    dyad_dict_spec spec;
    memset(&spec, 0, sizeof spec);
    for (size_t i = 0; i < s->nenv; i++) {
        const char *name = s->env[i].name, *val = s->env[i].value;
        if (!val || !*val)
            continue;
        char *path = dy_story_resolve(s, val, a);
        if (!strcmp(name, "Verbfile"))
            spec.verbs = path;
        else if (!strcmp(name, "Actorfile") && nactors < 15)
            actors[nactors++] = path;
        else if (!strcmp(name, "Agentfile"))
            spec.agents = path;
        else if (!strcmp(name, "Discardfile"))
            spec.discards = path;
        else if (!strcmp(name, "Issuefile"))
            spec.issues = path;
    }
    actors[nactors] = NULL;
    spec.actors = nactors ? actors : NULL;
    if (!spec.verbs || !nactors) {
        fprintf(stderr, "dyad validate: %s:%ld: <Environment> names no Verbfile or Actorfile\n",
                s->file, s->line);
        return -1;
    }
    dyad_coder_free(v->coder);
    dyad_dicts_free(v->dicts);
    v->coder = NULL;
    v->dicts = dyad_dicts_load(&spec, on_message, NULL);
    if (!v->dicts)
        return -1;
    v->coder = dyad_coder_new(v->dicts, &v->opt, on_message, NULL);
    return 0;
}

/* One (source, target, code) triple. */
typedef struct triple {
    const char *s, *t, *c;
} triple;

static int has_triple(const triple *v, size_t n, const triple *x)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(v[i].s, x->s) && !strcmp(v[i].t, x->t) && !strcmp(v[i].c, x->c))
            return 1;
    return 0;
}

static void print_triples(const char *label, const triple *v, size_t n)
{
    printf("    %-9s", label);
    if (!n)
        printf(" (none)");
    for (size_t i = 0; i < n; i++)
        printf(" %s %s %s%s", v[i].s, v[i].t, v[i].c, i + 1 < n ? ";" : "");
    printf("\n");
}

static const char *status_text(dy_sent_status st)
{
    switch (st) {
    case DY_SENT_DISCARDED: return "sentence discarded";
    case DY_SENT_STORY_DISCARDED: return "story discarded";
    case DY_SENT_BAD_PARSE: return "bad parse";
    case DY_SENT_NO_TREE: return "no tree";
    default: return NULL;
    }
}

/*
 * Does the outcome st fit <EventCoding error="...">? The kinds the
 * PETRARCH suite uses are checked exactly; another kind only asks for no
 * events (checked by the caller).
 */
static int error_matches(const char *expected, dy_sent_status st)
{
    if (!strcmp(expected, "bad_input_parse"))
        return st == DY_SENT_BAD_PARSE;
    if (!strcmp(expected, "storydiscard"))
        return st == DY_SENT_STORY_DISCARDED;
    if (!strcmp(expected, "sentencediscard"))
        return st == DY_SENT_DISCARDED;
    return 1;
}

static void run_sentence(vstate *v, const dy_story *s)
{
    if (s->sentence_flag == 0) {
        v->skipped++;
        return;
    }
    dyad_coder *c = v->coder;
    dy_coder_begin_story(c, s->id, s->date, s->text, s->text_len);
    dy_sent_status st;
    if (v->use_parse)
        st = dy_coder_code_parse_text(c, 1, s->parse, s->text, s->text_len, NULL);
    else
        st = dy_coder_code_text(c, 1, s->text, s->text_len, NULL);

    size_t ngot = dyad_event_count(c);
    triple *got = dy_xcalloc(ngot + 1, sizeof *got);
    for (size_t i = 0; i < ngot; i++) {
        const dyad_event *e = dyad_event_at(c, i);
        got[i] = (triple){e->source, e->target, e->code};
    }
    triple *want = dy_xcalloc(s->ncodings + 1, sizeof *want);
    size_t nwant = 0;
    for (size_t i = 0; i < s->ncodings; i++) {
        triple t = {s->codings[i].source, s->codings[i].target, s->codings[i].event};
        if (t.s && t.t && t.c && !has_triple(want, nwant, &t))
            want[nwant++] = t;
    }
    int ok = 1;
    for (size_t i = 0; i < ngot && ok; i++)
        ok = has_triple(want, nwant, &got[i]);
    for (size_t i = 0; i < nwant && ok; i++)
        ok = has_triple(got, ngot, &want[i]);
    if (ok && s->expected_error)
        ok = error_matches(s->expected_error, st);

    category *cat = category_of(v, s->category);
    cat->total++;
    v->total++;
    if (ok) {
        cat->passed++;
        v->passed++;
    }
    if (!ok || v->verbose) {
        printf("%s %s (%s)%s%s", ok ? "pass" : "FAIL", s->id, s->category ? s->category : "",
               status_text(st) ? ": " : "", status_text(st) ? status_text(st) : "");
        if (s->expected_error)
            printf(" (expected error: %s)", s->expected_error);
        printf("\n");
        print_triples("expected:", want, nwant);
        print_triples("produced:", got, ngot);
    }
    dy_free(got);
    dy_free(want);
}

static void print_table(const vstate *v)
{
    printf("\n%-12s %7s %7s %7s\n", "category", "passed", "total", "pct");
    for (int i = 0; i < v->ncat; i++) {
        const category *c = &v->cat[i];
        printf("%-12s %7d %7d %6.1f%%\n", c->name, c->passed, c->total,
               c->total ? 100.0 * c->passed / c->total : 0.0);
    }
    printf("skipped (sentence=\"false\"): %d\n", v->skipped);
    if (v->unreadable)
        printf("unreadable records: %d\n", v->unreadable);
}

static int run(int argc, char **argv)
{
    vstate v;
    memset(&v, 0, sizeof v);
    dyad_options_default(&v.opt);
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--parse"))
            v.use_parse = 1;
        else if (!strcmp(argv[i], "--verbose") || !strcmp(argv[i], "-v"))
            v.verbose = 1;
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            return DY_EXIT_OK;
        } else if (argv[i][0] == '-' && argv[i][1])
            return dy_cli_usage_error("validate", "unknown option '%s'", argv[i]);
        else if (path)
            return dy_cli_usage_error("validate", "one validation file at a time");
        else
            path = argv[i];
    }
    if (!path)
        return dy_cli_usage_error("validate", "no validation file given");

    dy_diag diag;
    dy_cli_diag_init(&diag);
    dy_reader_opts ro = DY_READER_OPTS_INIT;
    ro.format = DY_FORMAT_XML;
    dy_reader *r = dy_reader_open(path, &ro, &diag);
    if (!r)
        return DY_EXIT_FATAL;
    dy_arena a;
    dy_arena_init(&a, 1 << 16);
    dy_story s;
    int status = DY_EXIT_OK;
    while (dy_reader_next(r, &s, &a)) {
        if (s.kind == DY_RECORD_ENVIRONMENT) {
            if (load_environment(&v, &s, &a) != 0) {
                status = DY_EXIT_FATAL;
                break;
            }
        } else if (s.kind == DY_RECORD_CONFIG) {
            if (dyad_options_set(&v.opt, s.option, s.value) != 0)
                fprintf(stderr, "dyad validate: %s:%ld: option '%s' not known, ignored\n",
                        s.file, s.line, s.option ? s.option : "");
            else if (v.coder)
                dyad_coder_set_options(v.coder, &v.opt);
        } else if (s.kind == DY_RECORD_ERROR) {
            v.unreadable++;
        } else if (s.kind == DY_RECORD_STORY) {
            if (!v.coder) {
                fprintf(stderr, "dyad validate: %s:%ld: a sentence before any <Environment>\n",
                        s.file, s.line);
                status = DY_EXIT_FATAL;
                break;
            }
            run_sentence(&v, &s);
        }
        dy_arena_reset(&a);
    }
    dy_reader_close(r);
    dy_arena_free(&a);
    if (status == DY_EXIT_OK && !v.coder) {
        fprintf(stderr, "dyad validate: %s: no <Environment> with dictionaries was read\n", path);
        status = DY_EXIT_FATAL;
    }
    dyad_coder_free(v.coder);
    dyad_dicts_free(v.dicts);
    if (status != DY_EXIT_OK)
        return status;
    print_table(&v);
    printf("validate: %d/%d sentences correct (%.1f%%)\n", v.passed, v.total,
           v.total ? 100.0 * v.passed / v.total : 0.0);
    return DY_EXIT_OK;
}

const dy_command dy_cmd_validate = {"validate", "run a PETRARCH validation file", run};
