/*
 * cmd_dict.c — `dyad dict check`: load dictionaries, print their counts and
 * every problem found in them.
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/dictopts.h"

static const char help[] =
    "usage: dyad dict check [OPTIONS] [DIR | FILE...]\n"
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

static int check(int argc, char **argv)
{
    dy_dictopts o;
    dy_dictopts_init(&o);
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(help, stdout);
            fputs(dy_dictopts_help, stdout);
            dy_dictopts_free(&o);
            return DY_EXIT_OK;
        }
        int r = dy_dictopts_parse(&o, "dict check", argc, argv, &i);
        if (r == 0 && argv[i][0] == '-' && argv[i][1])
            r = -1, dy_cli_usage_error("dict check", "unknown option '%s'", argv[i]);
        else if (r == 0 && dy_dictopts_add_file(&o, "dict check", argv[i]) != 0)
            r = -1;
        if (r < 0) {
            dy_dictopts_free(&o);
            return DY_EXIT_USAGE;
        }
    }
    dy_diag diag;
    dy_cli_diag_init(&diag);
    dy_dict *d = dy_dictopts_load(&o, &diag);
    if (d)
        print_counts(d);
    int rc = dy_dictopts_status(&o, d);
    dy_dict_free(d);
    dy_dictopts_free(&o);
    return rc;
}

static int run(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "check"))
        return check(argc - 1, argv + 1);
    if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        fputs(help, stdout);
        fputs(dy_dictopts_help, stdout);
        return DY_EXIT_OK;
    }
    if (argc < 2)
        return dy_cli_usage_error("dict", "which subcommand? (check)");
    return dy_cli_usage_error("dict", "unknown subcommand '%s' (check)", argv[1]);
}

const dy_command dy_cmd_dict = {"dict", "load dictionaries and report (dict check)", run};
