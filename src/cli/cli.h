/*
 * cli.h — what the dyad command's subcommands share.
 *
 * Exit statuses, the same for every subcommand (as jq documents its own):
 *   0  everything read was processed
 *   1  the run finished, but some input was bad (each case was reported)
 *   2  usage error: unknown option, missing argument
 *   3  the run could not go on: dictionaries unusable, output not writable
 */
#ifndef DY_CLI_H
#define DY_CLI_H

#include "base/diag.h"

enum { DY_EXIT_OK = 0, DY_EXIT_BAD_INPUT = 1, DY_EXIT_USAGE = 2, DY_EXIT_FATAL = 3 };

typedef struct dy_command {
    const char *name;
    const char *summary;              /* one line for `dyad --help` */
    int (*run)(int argc, char **argv); /* argv[0] is the subcommand name */
} dy_command;

/* The subcommands, each defined in its own cmd_*.c. */
extern const dy_command dy_cmd_sentences;
extern const dy_command dy_cmd_tokens;
extern const dy_command dy_cmd_code;
extern const dy_command dy_cmd_validate;
extern const dy_command dy_cmd_explain;
extern const dy_command dy_cmd_dict;

/* A diagnostics sink printing "dyad: where: severity: msg" to stderr. */
void dy_cli_diag_init(dy_diag *d);
/* Exit status for a finished run given the diagnostics it produced. */
int dy_cli_status(const dy_diag *d);
/* Print "dyad <cmd>: msg" to stderr and return DY_EXIT_USAGE. */
int dy_cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
