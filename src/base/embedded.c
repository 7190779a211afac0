/*
 * embedded.c — lookup of the data files compiled into the binary.
 */
#include "base/embedded.h"

#include <string.h>

/*
 * Return the embedded file whose build path is `name` ("data/cameo.tsv"),
 * or NULL if the binary carries no such file.
 */
const dy_embedded_file *dy_embedded_find(const char *name)
{
    for (const dy_embedded_file *f = dy_embedded_files; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}
