/*
 * cmd_code.c — `dyad code [OPTIONS] [FILE...]`: code stories into events.
 *
 * Reads plain text, JSON Lines or PETRARCH XML (by extension, or --input),
 * codes every story with the loaded dictionaries and writes one event per
 * line (JSON Lines, or TSV with --format tsv) to stdout, in input order.
 * Every story is accounted for: a summary line on stderr gives the counts
 * of stories, sentences, events, stories without events and errors; with
 * --emit-empty each story without events also gets a record of its own;
 * every error names the story. Stories are independent: a story that
 * cannot be coded is reported and skipped, and the rest go on.
 */
#include "lang/tree.h"
#include "cli/cli.h"
#include "cli/dictopts.h"
#include "code/coder.h"
#include "out/writer.h"
#include "text/reader.h"
#include "text/split.h"
#include "base/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct code_args {
    dy_dictopts dict;
    dyad_options opt;
    const char *set[32][2];   /* coding options given on the command line, in order */
    int nset;
    dy_writer_opts wo;
    dy_reader_opts ro;
    int emit_empty;
    const char *files[256];
    int nfiles;
} code_args;

typedef struct counts {
    long stories, sentences, events, empty, errors, discarded;
} counts;

static void usage(FILE *f)
{
    fprintf(f,
        "usage: dyad code [OPTIONS] [FILE...]   (no FILE or '-': standard input)\n\n"
        "Codes stories into CAMEO events, one per line on standard output.\n"
        "  --input text|jsonl|xml   input format (default: by file extension)\n"
        "  --date YYYY-MM-DD     date of stories that carry none\n"
        "  --parse               code from the Treebank <Parse> given with each sentence\n"
        "  --format jsonl|tsv    output format (default jsonl)\n"
        "  --ontology cameo|plover   plover adds plover_event and plover_mode\n"
        "  --require-dyad / --no-require-dyad   drop events lacking an actor (default on)\n"
        "  --new-actor-length N  code unknown noun phrases of up to N words by their text\n"
        "  --comma-min N --comma-max N --comma-bmin N --comma-bmax N\n"
        "  --comma-emin N --comma-emax N   comma-clause sizes (a max of 0 turns one off)\n"
        "  --emit-empty          write a record for each story without events\n%s",
        dy_dictopts_help);
}

static int take(int argc, char **argv, int *i, const char **val)
{
    if (*i + 1 >= argc)
        return -1;
    *val = argv[++*i];
    return 0;
}

static int parse_args(int argc, char **argv, code_args *a)
{
    static const char *const optnames[][2] = {
        {"--new-actor-length", "new_actor_length"}, {"--comma-min", "comma_min"},
        {"--comma-max", "comma_max"}, {"--comma-bmin", "comma_bmin"},
        {"--comma-bmax", "comma_bmax"}, {"--comma-emin", "comma_emin"},
        {"--comma-emax", "comma_emax"},
    };
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i], *v = NULL;
        int dr = dy_dictopts_parse(&a->dict, "code", argc, argv, &i);
        if (dr < 0)
            return DY_EXIT_USAGE;
        if (dr > 0)
            continue;
        int known = 0;
        for (size_t k = 0; k < sizeof optnames / sizeof optnames[0]; k++)
            if (!strcmp(o, optnames[k][0])) {
                known = 1;
                if (take(argc, argv, &i, &v) || dyad_options_set(&a->opt, optnames[k][1], v))
                    return dy_cli_usage_error("code", "%s needs a number", o);
                if (a->nset < 32) {
                    a->set[a->nset][0] = optnames[k][1];
                    a->set[a->nset++][1] = v;
                }
            }
        if (known)
            continue;
        if (!strcmp(o, "--help") || !strcmp(o, "-h")) {
            usage(stdout);
            return -2;
        } else if (!strcmp(o, "--parse")) {
            a->opt.use_parse = 1;
        } else if (!strcmp(o, "--require-dyad") || !strcmp(o, "--no-require-dyad")) {
            a->opt.require_dyad = o[2] == 'r';
            if (a->nset < 32) {
                a->set[a->nset][0] = "require_dyad";
                a->set[a->nset++][1] = o[2] == 'r' ? "true" : "false";
            }
        } else if (!strcmp(o, "--emit-empty")) {
            a->emit_empty = 1;
        } else if (!strcmp(o, "--format")) {
            if (take(argc, argv, &i, &v))
                return dy_cli_usage_error("code", "--format needs jsonl or tsv");
            if (!strcmp(v, "jsonl"))
                a->wo.format = DY_OUT_JSONL;
            else if (!strcmp(v, "tsv"))
                a->wo.format = DY_OUT_TSV;
            else
                return dy_cli_usage_error("code", "unknown format '%s' (jsonl, tsv)", v);
        } else if (!strcmp(o, "--ontology")) {
            if (take(argc, argv, &i, &v) || (strcmp(v, "cameo") && strcmp(v, "plover")))
                return dy_cli_usage_error("code", "--ontology needs cameo or plover");
            a->wo.plover = !strcmp(v, "plover");
        } else if (!strcmp(o, "--input")) {
            if (take(argc, argv, &i, &v) || !dy_format_parse(v, &a->ro.format))
                return dy_cli_usage_error("code", "--input needs text, jsonl or xml");
        } else if (!strcmp(o, "--date")) {
            if (take(argc, argv, &i, &v))
                return dy_cli_usage_error("code", "--date needs a date");
            int y, m, d;
            if (sscanf(v, "%4d-%2d-%2d", &y, &m, &d) != 3 && sscanf(v, "%4d%2d%2d", &y, &m, &d) != 3)
                return dy_cli_usage_error("code", "bad date '%s' (YYYY-MM-DD)", v);
            a->ro.date = y * 10000 + m * 100 + d;
        } else if (o[0] == '-' && o[1]) {
            return dy_cli_usage_error("code", "unknown option '%s'", o);
        } else if (a->nfiles < 256) {
            a->files[a->nfiles++] = o;
        }
    }
    return 0;
}

static void on_message(void *ctx, int sev, const char *where, const char *msg)
{
    (void)ctx;
    if (where && *where)
        fprintf(stderr, "dyad: %s: %s: %s\n", where, dy_severity_name((dy_severity)sev), msg);
    else
        fprintf(stderr, "dyad: %s: %s\n", dy_severity_name((dy_severity)sev), msg);
}

/* Code one story record; returns the number of sentences coded. */
static int code_story(dyad_coder *c, const code_args *a, const dy_story *s, counts *n,
                      dy_sentences *sv)
{
    dy_coder_begin_story(c, s->id, s->date, s->text, s->text_len);
    if (a->opt.use_parse) {
        if (!s->parse) {
            fprintf(stderr, "dyad: %s:%ld: story %s: --parse, but the story has no parse\n",
                    s->file, s->line, s->id);
            n->errors++;
            return 0;
        }
        dy_sent_status st = dy_coder_code_parse_text(c, 1, s->parse, s->text, s->text_len, NULL);
        if (st == DY_SENT_BAD_PARSE || st == DY_SENT_NO_TREE)
            n->errors++;
        n->discarded += st == DY_SENT_DISCARDED || st == DY_SENT_STORY_DISCARDED;
        return 1;
    }
    dy_split(s->text, s->text_len, sv);
    int coded = 0;
    for (size_t i = 0; i < sv->n; i++) {
        const dy_sentence *se = &sv->v[i];
        if (se->flags & DY_SENT_NOT_CODED)
            continue;
        coded++;
        dy_sent_status st = dy_coder_code_text(c, (int)i + 1, s->text + se->start,
                                               se->end - se->start, NULL);
        if (st == DY_SENT_STORY_DISCARDED) {
            n->discarded++;
            break;
        }
        if (st == DY_SENT_NO_TREE)
            n->errors++;
    }
    return coded;
}

static void flush(dy_buf *out)
{
    if (out->len)
        fwrite(out->data, 1, out->len, stdout);
    dy_buf_clear(out);
}

static int code_file(dyad_coder *c, code_args *a, const char *path, counts *n, dy_buf *out,
                     dy_diag *diag)
{
    dy_reader *r = dy_reader_open(path, &a->ro, diag);
    if (!r)
        return -1;
    dy_arena arena;
    dy_arena_init(&arena, 1 << 16);
    dy_sentences sv = DY_SENTENCES_INIT;
    dy_story s;
    while (dy_reader_next(r, &s, &arena)) {
        if (s.kind == DY_RECORD_CONFIG) {
            if (dyad_options_set(&a->opt, s.option, s.value) == 0)
                dyad_coder_set_options(c, &a->opt);
        } else if (s.kind == DY_RECORD_ERROR) {
            n->errors++;
            n->stories++;
            if (a->emit_empty)
                dy_write_empty(&a->wo, s.id ? s.id : "", 0, s.reason ? s.reason : "error", out);
        } else if (s.kind == DY_RECORD_STORY) {
            n->stories++;
            int ns = code_story(c, a, &s, n, &sv);
            n->sentences += ns;
            size_t ne = dyad_event_count(c);
            n->events += (long)ne;
            for (size_t i = 0; i < ne; i++)
                dy_write_event(&a->wo, dyad_event_at(c, i), out);
            if (!ne) {
                n->empty++;
                if (a->emit_empty)
                    dy_write_empty(&a->wo, s.id, ns, "no events", out);
            }
        }
        flush(out);
        dy_arena_reset(&arena);
    }
    dy_sentences_free(&sv);
    dy_arena_free(&arena);
    dy_reader_close(r);
    return 0;
}

static int run(int argc, char **argv)
{
    code_args a;
    memset(&a, 0, sizeof a);
    dyad_options_default(&a.opt);
    dy_dictopts_init(&a.dict);
    a.ro = (dy_reader_opts)DY_READER_OPTS_INIT;
    int rc = parse_args(argc, argv, &a);
    if (rc) {
        dy_dictopts_free(&a.dict);
        return rc == -2 ? DY_EXIT_OK : rc;
    }
    dy_diag diag;
    dy_cli_diag_init(&diag);
    dy_dict *dict = dy_dictopts_load(&a.dict, &diag);
    int dstatus = dy_dictopts_status(&a.dict, dict);
    if (!dict || dstatus == DY_EXIT_FATAL) {
        fprintf(stderr, "dyad code: the dictionaries could not be loaded\n");
        dy_dict_free(dict);
        dy_dictopts_free(&a.dict);
        return DY_EXIT_FATAL;
    }
    /* the options of the dictionaries' PETR_config.ini, then the command line's */
    int use_parse = a.opt.use_parse;
    dy_coder_options_from_dict(dict, &a.opt);
    a.opt.use_parse = use_parse;
    for (int i = 0; i < a.nset; i++)
        dyad_options_set(&a.opt, a.set[i][0], a.set[i][1]);
    dyad_dicts *dicts = dy_dicts_wrap(dict);
    dyad_coder *c = dyad_coder_new(dicts, &a.opt, on_message, NULL);
    dy_buf out = DY_BUF_INIT;
    dy_write_header(&a.wo, &out);
    counts n = {0};
    if (a.nfiles == 0)
        a.files[a.nfiles++] = "-";
    for (int i = 0; i < a.nfiles; i++)
        if (code_file(c, &a, a.files[i], &n, &out, &diag) != 0)
            n.errors++;
    flush(&out);
    dy_buf_free(&out);
    fprintf(stderr, "dyad code: %ld stories, %ld sentences, %ld events; %ld stories without "
            "events, %ld discarded, %ld errors\n", n.stories, n.sentences, n.events, n.empty,
            n.discarded, n.errors);
    dyad_coder_free(c);
    dyad_dicts_free(dicts);
    dy_dictopts_free(&a.dict);
    if (fflush(stdout) != 0)
        return DY_EXIT_FATAL;
    return n.errors || diag.errors || dstatus ? DY_EXIT_BAD_INPUT : DY_EXIT_OK;
}

const dy_command dy_cmd_code = {"code", "code stories into events", run};
