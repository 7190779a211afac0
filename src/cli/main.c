/*
 * main.c — the dyad command: dispatch to a subcommand.
 */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

static const dy_command *const commands[] = {
    &dy_cmd_code, &dy_cmd_validate, &dy_cmd_explain, &dy_cmd_dict,
    &dy_cmd_sentences, &dy_cmd_tokens, NULL,
};

static void usage(FILE *f)
{
    fprintf(f, "usage: dyad COMMAND [OPTIONS] [FILE...]\n\n"
               "dyad turns English news text into political event data (CAMEO).\n\n"
               "commands:\n");
    for (int i = 0; commands[i]; i++)
        fprintf(f, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
    fprintf(f, "\n`dyad COMMAND --help` describes each command.\n"
               "exit status: 0 ok, 1 some input was bad (reported), 2 usage error,\n"
               "3 the run could not go on.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return DY_EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return DY_EXIT_OK;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("dyad 0.1.0\n");
        return DY_EXIT_OK;
    }
    for (int i = 0; commands[i]; i++)
        if (!strcmp(argv[1], commands[i]->name))
            return commands[i]->run(argc - 1, argv + 1);
    fprintf(stderr, "dyad: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return DY_EXIT_USAGE;
}
