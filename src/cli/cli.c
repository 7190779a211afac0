/*
 * cli.c — the CLI's shared plumbing: diagnostics to stderr, exit statuses.
 */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdio.h>

static void print_diag(void *ctx, dy_severity sev, const char *where, const char *msg)
{
    (void)ctx;
    if (where && *where)
        fprintf(stderr, "dyad: %s: %s: %s\n", where, dy_severity_name(sev), msg);
    else
        fprintf(stderr, "dyad: %s: %s\n", dy_severity_name(sev), msg);
}

/* Install the stderr printer on d. */
void dy_cli_diag_init(dy_diag *d)
{
    dy_diag_init(d, print_diag, NULL);
}

/* 1 if any error was reported during the run, else 0. */
int dy_cli_status(const dy_diag *d)
{
    return d->errors ? DY_EXIT_BAD_INPUT : DY_EXIT_OK;
}

/* Report a usage problem for subcommand cmd; returns DY_EXIT_USAGE. */
int dy_cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "dyad %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n(try: dyad %s --help)\n", cmd);
    va_end(ap);
    return DY_EXIT_USAGE;
}
