/*
 * cmd_dict.c — `dyad dict`: load dictionaries and report (dict check).
 * (Placeholder: not built yet; exits with status 3.)
 */
#include "cli/cli.h"

#include <stdio.h>

static int run(int argc, char **argv)
{
    (void)argc;
    fprintf(stderr, "dyad %s: not implemented yet\n", argv[0]);
    return DY_EXIT_FATAL;
}

const dy_command dy_cmd_dict = {"dict", "load dictionaries and report (dict check)", run};
