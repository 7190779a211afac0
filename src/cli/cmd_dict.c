/*
 * cmd_dict.c — `dyad dict check`: load dictionaries, print their counts and
 * every problem found in them.
 */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "cli/cli.h"
#include "cli/dictopts.h"
#include "dict/dump.h"

static const char help[] =
    "usage: dyad dict check [OPTIONS] [DIR | FILE...]\n"
    "       dyad dict dump [--part verbs,actors,agents,discards,issues,options]\n"
    "                      [OPTIONS] [DIR | FILE...]\n"
    "\n"
    "Load dictionaries (TABARI/PETRARCH formats) and print their counts, one\n"
    "'name: number' per line, on standard output; every problem goes to\n"
    "standard error as 'dyad: file:line: error|warning: what is wrong'.\n"
    "A folder argument is --dict; a file is taken by its name (*verbs*.txt or\n"
    "CAMEO*.txt, *actors*, *agents*, *discards*, *issue*).\n"
    "\n"
    "Exit status: 0 no errors (warnings allowed), 1 some line had an error (it\n"
    "was skipped), 2 usage, 3 the dictionaries could not be loaded (or --strict\n"
    "and an error).\n"
    "\n"
    "dump writes what was read, one record per line with its file:line:\n"
    "synsets, blocks, verbs with all their forms, patterns, transformations,\n"
    "actor names with their codes, agents (plurals and !SET! expansions\n"
    "included), discards, issues (every n:/v:/+ variant) and the options.\n"
    "\n";

static void print_counts(const dy_dict *d)
{
    const dy_dict_stats *s = &d->stats;
    const struct { const char *name; uint32_t v; } rows[] = {
        {"verb blocks", s->verb_blocks},
        {"verbs", s->verbs},
        {"verb forms", s->verb_forms},
        {"patterns", s->patterns},
        {"synsets", s->synsets},
        {"transformations", s->transforms},
        {"actor entries", s->actor_entries},
        {"actor names", s->actor_names},
        {"actor codes", s->actor_codes},
        {"agent lines", s->agent_lines},
        {"agents", s->agents},
        {"discards", s->discards},
        {"issue categories", s->issue_categories},
        {"issue lines", s->issue_lines},
        {"issues", s->issues},
        {"words", s->words},
        {"skipped lines", s->skipped_lines},
        {"errors", s->errors},
        {"warnings", s->warnings},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        printf("%s: %u\n", rows[i].name, rows[i].v);
}

static int parse_parts(const char *v)
{
    static const char *const names[] = {"verbs", "actors", "agents", "discards", "issues",
                                        "options"};
    int parts = 0;
    while (v && *v) {
        size_t n = strcspn(v, ",");
        int found = 0;
        for (int k = 0; k < 6; k++)
            if (strlen(names[k]) == n && !strncmp(v, names[k], n))
                parts |= 1 << k, found = 1;
        if (!found)
            return -1;
        v += n + (v[n] == ',');
    }
    return parts ? parts : -1;
}

static int dump(const dy_dict *d, int parts)
{
    dy_buf out = DY_BUF_INIT;
    dy_dict_dump(d, parts, &out);
    int ok = out.len == 0 || fwrite(out.data, 1, out.len, stdout) == out.len;
    dy_buf_free(&out);
    if (fflush(stdout) != 0 || !ok) {
        fprintf(stderr, "dyad dict dump: cannot write the output\n");
        return -1;
    }
    return 0;
}

/* `dict check` and `dict dump`: the same loading, different output. */
static int check(int argc, char **argv, int dumping)
{
    const char *cmd = dumping ? "dict dump" : "dict check";
    int parts = DY_DUMP_ALL;
    dy_dictopts o;
    dy_dictopts_init(&o);
    for (int i = 1; i < argc; i++) {
        if (dumping && !strncmp(argv[i], "--part", 6) && (argv[i][6] == '=' || !argv[i][6])) {
            const char *v = argv[i][6] == '=' ? argv[i] + 7 : i + 1 < argc ? argv[++i] : NULL;
            if ((parts = parse_parts(v)) < 0) {
                dy_dictopts_free(&o);
                return dy_cli_usage_error(cmd, "--part takes verbs,actors,agents,discards,"
                                          "issues,options");
            }
            continue;
        }
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(help, stdout);
            fputs(dy_dictopts_help, stdout);
            dy_dictopts_free(&o);
            return DY_EXIT_OK;
        }
        int r = dy_dictopts_parse(&o, cmd, argc, argv, &i);
        if (r == 0 && argv[i][0] == '-' && argv[i][1])
            r = -1, dy_cli_usage_error(cmd, "unknown option '%s'", argv[i]);
        else if (r == 0 && dy_dictopts_add_file(&o, cmd, argv[i]) != 0)
            r = -1;
        if (r < 0) {
            dy_dictopts_free(&o);
            return DY_EXIT_USAGE;
        }
    }
    dy_diag diag;
    dy_cli_diag_init(&diag);
    dy_dict *d = dy_dictopts_load(&o, &diag);
    int rc = dy_dictopts_status(&o, d);
    if (d && !dumping)
        print_counts(d);
    else if (d && dump(d, parts) != 0)
        rc = DY_EXIT_FATAL;
    dy_dict_free(d);
    dy_dictopts_free(&o);
    return rc;
}

static int run(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "check"))
        return check(argc - 1, argv + 1, 0);
    if (argc >= 2 && !strcmp(argv[1], "dump"))
        return check(argc - 1, argv + 1, 1);
    if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        fputs(help, stdout);
        fputs(dy_dictopts_help, stdout);
        return DY_EXIT_OK;
    }
    if (argc < 2)
        return dy_cli_usage_error("dict", "which subcommand? (check, dump)");
    return dy_cli_usage_error("dict", "unknown subcommand '%s' (check, dump)", argv[1]);
}

const dy_command dy_cmd_dict = {"dict", "load dictionaries and report (dict check, dict dump)",
                                 run};
