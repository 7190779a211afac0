/*
 * cmd_explain.c — `dyad explain "a sentence" [OPTIONS]`: how one sentence
 * is analysed and coded.
 *
 * Shows the words with their tags and lemmas, the phrase tree, each actor
 * phrase and the code it got (and from which actor phrase), the words the
 * comma rules cut, each verb candidate with the pattern that fired (file,
 * line and text) or why none did, and the events. This is the view
 * dictionary authors work in. With --parse TREE the tree is given (Penn
 * Treebank brackets) instead of analysed from the sentence.
 */
#include "lang/tree.h"
#include "cli/cli.h"
#include "cli/dictopts.h"
#include "code/coder.h"
#include "base/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f, "usage: dyad explain \"SENTENCE\" [--parse TREE] [--date YYYY-MM-DD]\n"
               "                    [--no-require-dyad] [--new-actor-length N] [dictionary options]\n\n"
               "Shows how one sentence is analysed and coded: tokens, tags and lemmas,\n"
               "phrases, actor phrases and their codes, verb candidates and the pattern\n"
               "that fired (or why none did), and the events.\n%s", dy_dictopts_help);
}

static void on_message(void *ctx, int sev, const char *where, const char *msg)
{
    (void)ctx;
    fprintf(stderr, "dyad: %s%s%s: %s\n", where && *where ? where : "",
            where && *where ? ": " : "", dy_severity_name((dy_severity)sev), msg);
}

static void print_words(const dy_tree *t, const dy_sent *s)
{
    printf("words:");
    for (int32_t i = 0; i < t->nleaf; i++) {
        const dy_leaf *l = &t->leaf[i];
        printf(" %s/%s", l->text, dy_label_name((dy_label)l->tag));
        if (l->lemma)
            printf("/%s", l->lemma);
        if (s->cut[i])
            printf("[cut]");
    }
    printf("\n");
}

static void print_ne_words(const dy_tree *t, const dy_ne *e)
{
    for (int32_t k = 0; k < e->nword; k++)
        printf("%s%s", k ? " " : "", t->leaf[e->word[k]].upper);
}

static void print_nes(const dy_tree *t, const dy_sent *s)
{
    printf("actor phrases:\n");
    for (int32_t i = 0; i < s->nne; i++) {
        const dy_ne *e = &s->ne[i];
        printf("  %s%-3d %s \"", e->parent >= 0 ? "  " : "", i,
               e->nmember ? "compound" : e->parent >= 0 ? "member" : "NE");
        print_ne_words(t, e);
        printf("\"");
        if (e->nmember) {
            printf(" -> members %d..%d\n", e->member, e->member + e->nmember - 1);
            continue;
        }
        if (e->ncode == 0)
            printf(" -> null (no actor or agent)");
        for (int32_t k = 0; k < e->ncode; k++)
            printf("%s%s", k ? "/" : " -> ", e->code[k]);
        if (e->actor_leaf >= 0)
            printf("  (actor from \"%s\")", t->leaf[e->actor_leaf].upper);
        printf("\n");
    }
}

static void print_notes(const dy_dict *d, const dy_tree *t, const dy_trace *tr)
{
    printf("verbs:\n");
    if (tr->nnotes == 0)
        printf("  (no verb of the dictionary heads a verb phrase)\n");
    for (int32_t i = 0; i < tr->nnotes; i++) {
        const dy_verb_note *n = &tr->notes[i];
        const dy_verb *v = &d->verb[n->verb];
        printf("  \"%s\"%s: verb %s (%s:%u)", t->leaf[n->leaf].text, n->passive ? " (passive)" : "",
               dy_dict_str(d, d->block[v->block].name), dy_dict_file_name(d, v->file), v->line);
        if (n->pattern != DY_NONE) {
            const dy_pattern *p = &d->pattern[n->pattern];
            printf("; pattern %s:%u \"- %s [%s]\" fired", dy_dict_file_name(d, p->file), p->line,
                   dy_dict_str(d, p->text), dy_dict_str(d, p->code));
        } else {
            printf("; no pattern matched, the verb's code applies");
        }
        printf("; code %s", n->code ? n->code : "---");
        if (n->source_ne >= 0 || n->target_ne >= 0)
            printf("; source phrase %d, target phrase %d", n->source_ne, n->target_ne);
        printf(": %s\n", n->why ? n->why : "");
    }
}

static void print_events(dyad_coder *c)
{
    size_t n = dyad_event_count(c);
    printf("events:%s\n", n ? "" : " none");
    for (size_t i = 0; i < n; i++) {
        const dyad_event *e = dyad_event_at(c, i);
        printf("  %s %s %s  (%s -> %s, verb \"%s\", %s:%d)\n", e->source, e->target, e->code,
               e->source_text, e->target_text, e->verb_text, e->pattern_file, e->pattern_line);
    }
}

static int run(int argc, char **argv)
{
    const char *sentence = NULL, *parse = NULL, *v;
    dy_dictopts dopt;
    dy_dictopts_init(&dopt);
    dyad_options opt;
    dyad_options_default(&opt);
    int date = 0, no_require_dyad = 0;
    const char *new_actor_length = NULL;
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        int dr = dy_dictopts_parse(&dopt, "explain", argc, argv, &i);
        if (dr < 0) {
            dy_dictopts_free(&dopt);
            return DY_EXIT_USAGE;
        }
        if (dr > 0)
            continue;
        int has_val = i + 1 < argc;
        v = has_val ? argv[i + 1] : NULL;
        if (!strcmp(o, "--help") || !strcmp(o, "-h")) {
            usage(stdout);
            return DY_EXIT_OK;
        } else if (!strcmp(o, "--no-require-dyad")) {
            no_require_dyad = 1;
        } else if (!strcmp(o, "--parse") || !strcmp(o, "--date") ||
                   !strcmp(o, "--new-actor-length")) {
            if (!has_val)
                return dy_cli_usage_error("explain", "%s needs a value", o);
            i++;
            if (!strcmp(o, "--parse"))
                parse = v;
            else if (!strcmp(o, "--new-actor-length")) {
                if (dyad_options_set(&opt, "new_actor_length", v))
                    return dy_cli_usage_error("explain", "--new-actor-length needs a number");
                new_actor_length = v;
            } else {
                int y, m, d;
                if (sscanf(v, "%4d-%2d-%2d", &y, &m, &d) != 3 &&
                    sscanf(v, "%4d%2d%2d", &y, &m, &d) != 3)
                    return dy_cli_usage_error("explain", "bad date '%s'", v);
                date = y * 10000 + m * 100 + d;
            }
        } else if (o[0] == '-' && o[1]) {
            return dy_cli_usage_error("explain", "unknown option '%s'", o);
        } else if (!sentence) {
            sentence = o;
        } else {
            return dy_cli_usage_error("explain", "one sentence at a time (quote it)");
        }
    }
    if (!sentence && !parse)
        return dy_cli_usage_error("explain", "no sentence given");
    if (!sentence)
        sentence = "";
    dy_diag diag;
    dy_cli_diag_init(&diag);
    dy_dict *dict = dy_dictopts_load(&dopt, &diag);
    if (!dict || dy_dictopts_status(&dopt, dict) == DY_EXIT_FATAL) {
        dy_dict_free(dict);
        dy_dictopts_free(&dopt);
        return DY_EXIT_FATAL;
    }
    /* as `dyad code` does: the dictionaries' PETR_config.ini, then the command line */
    dy_coder_options_from_dict(dict, &opt);
    if (no_require_dyad)
        opt.require_dyad = 0;
    if (new_actor_length)
        dyad_options_set(&opt, "new_actor_length", new_actor_length);
    dyad_dicts *dicts = dy_dicts_wrap(dict);
    dyad_coder *c = dyad_coder_new(dicts, &opt, on_message, NULL);
    size_t len = strlen(sentence);
    dy_coder_begin_story(c, "explain", date, sentence, len);
    dy_trace tr;
    dy_sent_status st = parse ? dy_coder_code_parse_text(c, 1, parse, sentence, len, &tr)
                              : dy_coder_code_text(c, 1, sentence, len, &tr);
    printf("sentence: %s\n", sentence);
    if (tr.discard)
        printf("discarded by \"%s\" (%s)\n", tr.discard,
               st == DY_SENT_STORY_DISCARDED ? "the whole story" : "this sentence");
    if (tr.tree && tr.sent) {
        print_words(tr.tree, tr.sent);
        dy_buf b = DY_BUF_INIT;
        dy_tree_to_penn(tr.tree, tr.tree->root, &b);
        printf("tree: %s\n", b.data ? b.data : "");
        dy_buf_free(&b);
        print_nes(tr.tree, tr.sent);
        print_notes(dy_dicts_get(dicts), tr.tree, &tr);
    }
    print_events(c);
    int rc = st == DY_SENT_BAD_PARSE || st == DY_SENT_NO_TREE ? DY_EXIT_BAD_INPUT : DY_EXIT_OK;
    dyad_coder_free(c);
    dyad_dicts_free(dicts);
    dy_dictopts_free(&dopt);
    return rc;
}

const dy_command dy_cmd_explain = {"explain", "show how a sentence is analysed and coded", run};
