/*
 * fuzz_text.c — libFuzzer target for the text layer: every reader, then
 * the splitter and tokenizer on every story read. The first input byte
 * chooses the format (0 text, 1 jsonl, 2 xml); the rest is the file.
 *
 * Build and run (clang with libFuzzer):
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -std=c11 -D_DEFAULT_SOURCE \
 *     -Isrc $(pkg-config --cflags libxml-2.0 jansson) fuzz/fuzz_text.c \
 *     src/base/[a-z]*.c src/text/[a-z]*.c build/gen/embedded.c \
 *     $(pkg-config --libs libxml-2.0 jansson) -o build/fuzz_text
 *   build/fuzz_text -max_total_time=300 fuzz/corpus-text   (seed inputs: any stories)
 * A crash, leak or sanitizer report is a bug; the target itself never fails.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "text/reader.h"
#include "text/split.h"
#include "text/token.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Read everything in data as the format the first byte names; split and tokenize it. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"fuzz.txt", "fuzz.jsonl", "fuzz.xml"};
    if (size == 0)
        return 0;
    dy_diag d;
    dy_diag_init(&d, NULL, NULL);
    dy_reader_opts o = DY_READER_OPTS_INIT;
    o.max_record = 1 << 20;
    dy_reader *r = dy_reader_open_mem(names[data[0] % 3], (const char *)data + 1, size - 1, &o, &d);
    dy_arena a;
    dy_arena_init(&a, 0);
    dy_sentences sv = DY_SENTENCES_INIT;
    dy_tokens tv = DY_TOKENS_INIT;
    dy_story s;
    while (dy_reader_next(r, &s, &a)) {
        dy_split_story(&s, &sv);
        for (size_t i = 0; i < sv.n; i++) {
            dy_tokenize(s.text, sv.v[i].start, sv.v[i].end, &tv);
            for (size_t k = 0; k < tv.n; k++)
                if (strlen(dy_token_norm(&tv, k)) != tv.v[k].norm_len)
                    __builtin_trap();
        }
        dy_arena_reset(&a);
    }
    dy_reader_close(r);
    dy_sentences_free(&sv);
    dy_tokens_free(&tv);
    dy_arena_free(&a);
    return 0;
}
