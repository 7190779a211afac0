/*
 * testutil.h — what every dyad test file includes.
 *
 * A test file ends with one DYAD_TEST_GROUP(name, tests...) line; the build
 * collects all groups into one cmocka run (tools/gen-test-main.sh), so the
 * suite ends with one cmocka summary. Tests run from the repository root,
 * so ../shared/... and data/... paths work as written.
 */
#ifndef DYAD_TESTUTIL_H
#define DYAD_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#define DYAD_TEST_GROUP(name, ...)                                          \
    static const struct CMUnitTest name##_list[] = {__VA_ARGS__};          \
    const struct CMUnitTest *dyad_group_##name(size_t *n);                  \
    const struct CMUnitTest *dyad_group_##name(size_t *n)                   \
    {                                                                       \
        *n = sizeof name##_list / sizeof name##_list[0];                    \
        return name##_list;                                                 \
    }

int dyad_test_run_all(const struct CMUnitTest *(*groups[])(size_t *), int argc, char **argv);

/* Result of running the dyad command in a child process. */
typedef struct dyad_run {
    int status;   /* exit status, or 128+signal if killed */
    char *out;    /* all of stdout, NUL-terminated (free with dyad_run_free) */
    size_t out_len;
    char *err;    /* all of stderr */
    size_t err_len;
} dyad_run;

/* Run `$DYAD_BIN args...` (argv NULL-terminated) with `input` on stdin. */
dyad_run dyad_run_cli(const char *input, size_t input_len, const char *const *args);
void dyad_run_free(dyad_run *r);

/* Write `len` bytes to a fresh temporary file; returns its malloc'd path. */
char *dyad_temp_file(const char *suffix, const void *data, size_t len);

/* Read a whole file; NULL if it cannot be read. */
char *dyad_slurp(const char *path, size_t *len);

#endif
