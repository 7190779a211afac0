/*
 * fuzz_dict.c — libFuzzer target for the dictionary layer. The first input
 * byte chooses what the rest is: 0 verbs (dialect by detection), 1 verbs
 * read as PETRARCH-2, 2 actors, 3 agents, 4 discards, 5 issues, 6 a
 * PETR_config.ini, 7 a cache image. Files are compiled and the image is
 * then checked as an untrusted cache would be: every index the builder
 * wrote must be in range. Image bytes must never crash the checker.
 *
 * Build and run (clang with libFuzzer):
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -std=c11 -D_DEFAULT_SOURCE \
 *     -D_POSIX_C_SOURCE=200809L -Isrc fuzz/fuzz_dict.c src/base/[a-z]*.c \
 *     src/dict/[a-z]*.c build/gen/embedded.c -o build/fuzz_dict
 *   build/fuzz_dict -max_total_time=300 fuzz/corpus-dict   (seeds: any dictionary files,
 *   each with a leading kind byte)
 * A crash, leak, sanitizer report or abort is a bug.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "dict/build.h"
#include "dict/config.h"
#include "dict/image.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void load(dy_builder *b, int kind, const char *text, size_t len)
{
    dy_b_begin_file(b, "fuzz.txt");
    switch (kind) {
    case 0: dy_load_verbs(b, text, len, DY_DIALECT_AUTO); break;
    case 1: dy_load_verbs(b, text, len, DY_DIALECT_PETRARCH2); break;
    case 2: dy_load_actors(b, text, len); break;
    case 3: dy_load_agents(b, text, len); break;
    case 4: dy_load_discards(b, text, len); break;
    case 5: dy_load_issues(b, text, len); break;
    default: {
        dy_config cfg = {0};
        dy_config_parse(text, len, &cfg, &b->options, b);
        dy_config_free(&cfg);
    }
    }
}

/* Compile data as a dictionary file of the kind its first byte names. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    int kind = data[0] % 8;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    dy_dict d;
    memset(&d, 0, sizeof d);
    if (kind == 7) {
        /* an aligned private copy, as mmap would give */
        void *img = dy_xmalloc(len ? len : 1);
        memcpy(img, text, len);
        dy_image_attach(&d, img, len, 0, NULL, 0);
        dy_free(img);
        return 0;
    }
    dy_builder b;
    dy_builder_init(&b, NULL);
    load(&b, kind, text, len);
    size_t isize;
    void *img = dy_builder_finish(&b, "k", 1, &isize);
    dy_builder_free(&b);
    char why[256];
    if (dy_image_attach(&d, img, isize, 0, why, sizeof why) != 0)
        abort(); /* the builder wrote an inconsistent image */
    dy_free(img);
    return 0;
}
