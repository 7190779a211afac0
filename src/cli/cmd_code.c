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
 *
 * Threads (--threads N, default: the online cores): the main thread reads
 * records and writes results; N workers, each with its own coder over the
 * shared read-only dictionaries, code the stories (src/cli/pool.c). Each
 * record's output and messages (the reader's and the coder's) are kept
 * with the record and written when its turn comes, so stdout and stderr
 * are the same bytes for any N. A <Config> record changes the options of
 * the records read after it: each record carries the options in force
 * when it was read. --threads 1 starts no thread.
 */
#include "lang/tree.h"
#include "cli/cli.h"
#include "cli/dictopts.h"
#include "code/coder.h"
#include "out/writer.h"
#include "text/reader.h"
#include "text/split.h"
#include "base/mem.h"
#include "cli/pool.h"

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
    int threads;              /* --threads N; 0 = the number of online cores */
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
        "  --emit-empty          write a record for each story without events\n"
        "  --threads N           code with N threads (default: the number of cores;\n"
        "                        the output is the same for any N)\n%s",
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
        } else if (!strcmp(o, "--threads")) {
            char *end;
            long t = take(argc, argv, &i, &v) ? -1 : strtol(v, &end, 10);
            if (t < 1 || t > 1024 || *end)
                return dy_cli_usage_error("code", "--threads needs a number from 1 to 1024");
            a->threads = (int)t;
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

/* Append one message line, formatted as the CLI prints diagnostics. */
static void add_message(dy_buf *b, int sev, const char *where, const char *msg)
{
    dy_buf_adds(b, "dyad: ");
    if (where && *where) {
        dy_buf_adds(b, where);
        dy_buf_adds(b, ": ");
    }
    dy_buf_adds(b, dy_severity_name((dy_severity)sev));
    dy_buf_adds(b, ": ");
    dy_buf_adds(b, msg);
    dy_buf_addc(b, '\n');
}

typedef enum job_kind {
    JOB_NONE = 0,   /* nothing to code (<Config>, <Environment>, messages only) */
    JOB_STORY,
    JOB_ERROR       /* a record that could not be read */
} job_kind;

/* One record on its way: read on the main thread, coded by a worker,
 * written on the main thread in input order. */
typedef struct code_job {
    dy_arena arena;       /* the record's memory (the reader's strings) */
    dy_story s;
    job_kind kind;
    dyad_options opt;     /* the options in force when the record was read */
    dy_buf out;           /* its output lines */
    dy_buf err;           /* its messages: the reader's, then the coder's */
    counts n;
} code_job;

/* One worker thread's state. */
typedef struct code_worker {
    const code_args *a;   /* read-only while workers run (a->opt is not used by them) */
    dyad_coder *c;
    dyad_options opt;     /* the options c has now */
    dy_sentences sv;
    code_job *job;        /* the job being coded: where the coder's messages go */
} code_worker;

/* The main thread's state: reading, and writing in input order. */
typedef struct code_run {
    code_args *a;
    dy_diag rdiag;        /* the readers' messages, kept in `pending` */
    dy_buf pending;       /* messages not yet given to a record */
    counts n;
    dy_pool *pool;
} code_run;

/* The coder's messages: kept with the story being coded. */
static void on_message(void *ctx, int sev, const char *where, const char *msg)
{
    code_worker *w = ctx;
    add_message(&w->job->err, sev, where, msg);
}

/* The readers' messages: kept until the record being read is handed on. */
static void on_read_message(void *ctx, dy_severity sev, const char *where, const char *msg)
{
    code_run *r = ctx;
    add_message(&r->pending, (int)sev, where, msg);
}

/* Code one story record; returns the number of sentences coded. */
static int code_story(code_worker *w, const dy_story *s, counts *n, dy_buf *err)
{
    dyad_coder *c = w->c;
    dy_sentences *sv = &w->sv;
    dy_coder_begin_story(c, s->id, s->date, s->text, s->text_len);
    if (w->opt.use_parse) {
        if (!s->parse) {
            dy_buf_addf(err, "dyad: %s:%ld: story %s: --parse, but the story has no parse\n",
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

/* Code a story job and format its events (or its "no events" record). */
static void code_story_job(code_worker *w, code_job *j)
{
    const code_args *a = w->a;
    if (memcmp(&w->opt, &j->opt, sizeof w->opt) != 0) {
        w->opt = j->opt;
        dyad_coder_set_options(w->c, &w->opt);
    }
    int ns = code_story(w, &j->s, &j->n, &j->err);
    j->n.sentences += ns;
    size_t ne = dyad_event_count(w->c);
    j->n.events += (long)ne;
    for (size_t i = 0; i < ne; i++)
        dy_write_event(&a->wo, dyad_event_at(w->c, i), &j->out);
    if (!ne) {
        j->n.empty++;
        if (a->emit_empty)
            dy_write_empty(&a->wo, j->s.id, ns, "no events", &j->out);
    }
}

/* The pool's work function: code one job on a worker thread. */
static void work(void *worker, void *job)
{
    code_worker *w = worker;
    code_job *j = job;
    w->job = j;
    if (j->kind == JOB_STORY)
        code_story_job(w, j);
    else if (j->kind == JOB_ERROR && w->a->emit_empty)
        dy_write_empty(&w->a->wo, j->s.id ? j->s.id : "", 0,
                       j->s.reason ? j->s.reason : "error", &j->out);
    w->job = NULL;
}

/* Forget a job's contents so that it can take the next record; a buffer
 * that grew for one huge story is freed rather than kept. */
static void job_clear(code_job *j)
{
    dy_arena_reset(&j->arena);
    memset(&j->n, 0, sizeof j->n);
    j->kind = JOB_NONE;
    if (j->out.cap > ((size_t)1 << 20))
        dy_buf_free(&j->out);
    if (j->err.cap > ((size_t)1 << 20))
        dy_buf_free(&j->err);
    dy_buf_clear(&j->out);
    dy_buf_clear(&j->err);
}

/* The pool's emit function: on the main thread, in input order. */
static void emit(void *ctx, void *job)
{
    code_run *r = ctx;
    code_job *j = job;
    if (j->err.len)
        fwrite(j->err.data, 1, j->err.len, stderr);
    if (j->out.len)
        fwrite(j->out.data, 1, j->out.len, stdout);
    r->n.stories += j->n.stories;
    r->n.sentences += j->n.sentences;
    r->n.events += j->n.events;
    r->n.empty += j->n.empty;
    r->n.errors += j->n.errors;
    r->n.discarded += j->n.discarded;
    job_clear(j);
}

/* Give the pending messages to job j (its err buffer is empty). */
static void take_pending(code_run *r, code_job *j)
{
    dy_buf t = j->err;
    j->err = r->pending;
    r->pending = t;
}

/* Send the pending messages on their own, in their place in the output. */
static void submit_pending(code_run *r, long errors)
{
    if (!r->pending.len && !errors)
        return;
    code_job *j = dy_pool_acquire(r->pool);
    take_pending(r, j);
    j->n.errors = errors;
    dy_pool_submit(r->pool);
}

/* Prepare the record just read into j for the workers. */
static void take_record(code_run *r, code_job *j)
{
    code_args *a = r->a;
    take_pending(r, j);
    if (j->s.kind == DY_RECORD_CONFIG)
        dyad_options_set(&a->opt, j->s.option, j->s.value);
    j->opt = a->opt;
    if (j->s.kind == DY_RECORD_STORY) {
        j->kind = JOB_STORY;
        j->n.stories = 1;
    } else if (j->s.kind == DY_RECORD_ERROR) {
        j->kind = JOB_ERROR;
        j->n.stories = 1;
        j->n.errors = 1;
    }
}

/* Read every record of one file into the pool. */
static void code_file(code_run *r, const char *path)
{
    dy_reader *rd = dy_reader_open(path, &r->a->ro, &r->rdiag);
    if (!rd) {
        submit_pending(r, 1);
        return;
    }
    for (;;) {
        code_job *j = dy_pool_acquire(r->pool);
        if (!dy_reader_next(rd, &j->s, &j->arena)) {
            dy_arena_reset(&j->arena);
            break;
        }
        take_record(r, j);
        dy_pool_submit(r->pool);
    }
    dy_reader_close(rd);
    submit_pending(r, 0);
}

/* Jobs in the ring per worker thread: enough that the workers never wait
 * for the main thread, which refills half the ring at a time. */
#define SLOTS_PER_THREAD 64

/* Make the jobs, the workers (one coder each) and the pool, code every
 * file, and free them all. */
static void code_all(code_run *r, const dyad_dicts *dicts)
{
    code_args *a = r->a;
    int nt = a->threads ? a->threads : dy_pool_default_threads();
    size_t nslots = nt > 1 ? (size_t)nt * SLOTS_PER_THREAD : 1;
    code_job *jobs = dy_xcalloc(nslots, sizeof *jobs);
    code_worker *workers = dy_xcalloc((size_t)nt, sizeof *workers);
    void **jp = dy_xmalloc(nslots * sizeof *jp), **wp = dy_xmalloc((size_t)nt * sizeof *wp);
    for (size_t i = 0; i < nslots; i++) {
        dy_arena_init(&jobs[i].arena, 1 << 14);
        jp[i] = &jobs[i];
    }
    for (int i = 0; i < nt; i++) {
        workers[i].a = a;
        workers[i].opt = a->opt;
        workers[i].c = dyad_coder_new(dicts, &a->opt, on_message, &workers[i]);
        workers[i].sv = (dy_sentences)DY_SENTENCES_INIT;
        wp[i] = &workers[i];
    }
    r->pool = dy_pool_new(nt, nslots, jp, wp, work, emit, r);
    for (int i = 0; i < a->nfiles; i++)
        code_file(r, a->files[i]);
    dy_pool_finish(r->pool);
    dy_pool_free(r->pool);
    for (int i = 0; i < nt; i++) {
        dyad_coder_free(workers[i].c);
        dy_sentences_free(&workers[i].sv);
    }
    for (size_t i = 0; i < nslots; i++) {
        dy_arena_free(&jobs[i].arena);
        dy_buf_free(&jobs[i].out);
        dy_buf_free(&jobs[i].err);
    }
    dy_free(jp);
    dy_free(wp);
    dy_free(workers);
    dy_free(jobs);
}

/* Load the dictionaries and set the options: the dictionaries' PETR_config.ini, then the command line's. */
static dyad_dicts *load_dicts(code_args *a, dy_diag *diag, int *dstatus)
{
    dy_dict *dict = dy_dictopts_load(&a->dict, diag);
    *dstatus = dy_dictopts_status(&a->dict, dict);
    if (!dict || *dstatus == DY_EXIT_FATAL) {
        fprintf(stderr, "dyad code: the dictionaries could not be loaded\n");
        dy_dict_free(dict);
        return NULL;
    }
    int use_parse = a->opt.use_parse;
    dy_coder_options_from_dict(dict, &a->opt);
    a->opt.use_parse = use_parse;
    for (int i = 0; i < a->nset; i++)
        dyad_options_set(&a->opt, a->set[i][0], a->set[i][1]);
    return dy_dicts_wrap(dict);
}

/* Why a big stdout buffer: the main thread writes every byte of output,
 * and with 4 KiB stdio buffers a write(2) per 4 KiB is a good part of its
 * time, which the workers wait for when there are as many as cores. */
#define STDOUT_BUFFER (1 << 18)

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
    int dstatus;
    dyad_dicts *dicts = load_dicts(&a, &diag, &dstatus);
    if (!dicts) {
        dy_dictopts_free(&a.dict);
        return DY_EXIT_FATAL;
    }
    setvbuf(stdout, NULL, _IOFBF, STDOUT_BUFFER);
    dy_buf out = DY_BUF_INIT;
    dy_write_header(&a.wo, &out);
    if (out.len)
        fwrite(out.data, 1, out.len, stdout);
    dy_buf_free(&out);
    code_run r;
    memset(&r, 0, sizeof r);
    r.a = &a;
    dy_diag_init(&r.rdiag, on_read_message, &r);
    if (a.nfiles == 0)
        a.files[a.nfiles++] = "-";
    code_all(&r, dicts);
    dy_buf_free(&r.pending);
    counts n = r.n;
    fprintf(stderr, "dyad code: %ld stories, %ld sentences, %ld events; %ld stories without "
            "events, %ld discarded, %ld errors\n", n.stories, n.sentences, n.events, n.empty,
            n.discarded, n.errors);
    dyad_dicts_free(dicts);
    dy_dictopts_free(&a.dict);
    if (fflush(stdout) != 0)
        return DY_EXIT_FATAL;
    return n.errors || diag.errors || r.rdiag.errors || dstatus ? DY_EXIT_BAD_INPUT : DY_EXIT_OK;
}

const dy_command dy_cmd_code = {"code", "code stories into events", run};
