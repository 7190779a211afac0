/*
 * file.h — reading whole files.
 */
#ifndef DY_BASE_FILE_H
#define DY_BASE_FILE_H

#include <stddef.h>

#include "base/diag.h"

char *dy_read_file(const char *path, size_t *len, dy_diag *d);
char *dy_read_stream(int fd, const char *name, size_t *len, dy_diag *d);

#endif
