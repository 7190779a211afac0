/*
 * test_dict_robust.c — no input crashes a loader, and whatever the loaders
 * build passes the full check an untrusted cache gets (every index in
 * range). Random dictionary-like text from a fixed seed, so a failure is
 * reproducible; fuzz/fuzz_dict.c explores further.
 */
#include "dicttest.h"

#include "base/mem.h"
#include "dict/build.h"
#include "dict/config.h"
#include "dict/image.h"

static uint32_t next(uint64_t *s)
{
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(*s >> 33);
}

/* Text made of dictionary syntax, words, blanks, newlines, odd bytes. */
static size_t random_text(uint64_t *seed, char *out, size_t cap)
{
    static const char *const pieces[] = {
        "---", " ", "\t", "\n", "_", "*", "$", "+", "%", "^", "&", "&S", "[", "]", "{", "}",
        "(", ")", "#", ";", "~", "!", "!P!", "=", ",", ":", "/", "<", ">", "<!--", "-->",
        "-", "A", "B", "WORD", "950601", "19990815", "n:", "v:", "<ISSUE CATEGORY=\"C\">",
        "</ISSUE>", "\"", "\0", "\xff", "\xc3\xa9", "[CODE]", "[~GOV]", "[NGO~]", "[032:033]",
        "- * ", "\n- ", "\n+", "\n&", "\n\t[", "[A <", "[A >", " - ",
    };
    size_t n = 0, len = next(seed) % 600;
    while (n < len) {
        const char *p = pieces[next(seed) % (sizeof pieces / sizeof pieces[0])];
        size_t k = p[0] ? strlen(p) : 1;
        if (n + k >= cap)
            break;
        memcpy(out + n, p, k);
        n += k;
    }
    return n;
}

static void load_kind(dy_builder *b, int kind, const char *text, size_t len)
{
    dy_b_begin_file(b, "random.txt");
    switch (kind) {
    case 0: dy_load_verbs(b, text, len, DY_DIALECT_TABARI); break;
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

static void random_dictionaries_build_sound_images(void **state)
{
    (void)state;
    uint64_t seed = 20240601;
    char text[4096];
    for (int round = 0; round < 1400; round++) {
        int kind = round % 7;
        size_t len = random_text(&seed, text, sizeof text);
        dy_builder b;
        dy_builder_init(&b, NULL);
        load_kind(&b, kind, text, len);
        size_t size;
        void *img = dy_builder_finish(&b, "key", 3, &size);
        dy_builder_free(&b);
        dy_dict d;
        memset(&d, 0, sizeof d);
        char why[256] = "";
        if (dy_image_attach(&d, img, size, 0, why, sizeof why) != 0)
            fail_msg("round %d (kind %d): image rejected: %s", round, kind, why);
        /* and every lookup on it stays in bounds */
        for (uint32_t w = 0; w < d.nwords; w++) {
            size_t n;
            dy_dict_actors_at(&d, w, &n);
            dy_dict_forms_of(&d, w, &n);
            const char *s = dy_dict_word_str(&d, w);
            size_t wlen = d.word_off[w + 1] - d.word_off[w] - 1; /* may hold NUL bytes */
            if (w && dy_dict_word(&d, s, wlen) != w)
                fail_msg("round %d: word %u not found by its own text", round, w);
        }
        dy_buf dump = DY_BUF_INIT;
        dy_dict_dump(&d, DY_DUMP_ALL, &dump);
        dy_buf_free(&dump);
        dy_free(img);
    }
}

/* Random bytes as a cache image: always rejected (or, by chance, sound). */
static void random_images_never_crash_the_checker(void **state)
{
    (void)state;
    uint64_t seed = 99;
    /* start from a real image and damage it in many ways */
    dy_builder b;
    dy_builder_init(&b, NULL);
    dy_b_begin_file(&b, "v.txt");
    const char *verbs = "&S\n+A\n--- X [1] ---\nX\n+Y_Z\n- * &S (TO {B C}) [2]\n"
                        "~ a (a b X) X = a b 3\n";
    dy_load_verbs(&b, verbs, strlen(verbs), DY_DIALECT_AUTO);
    static const char *const files[] = {
        "tests/dict/fixtures/mini/mini.people.actors.txt", "tests/dict/fixtures/mini/mini.agents.txt",
        "tests/dict/fixtures/mini/mini.discards.txt", "tests/dict/fixtures/mini/mini.issues.txt"};
    for (int k = 0; k < 4; k++) {
        size_t n;
        char *text = dyad_slurp(files[k], &n);
        assert_non_null(text);
        load_kind(&b, 2 + k, text, n);
        free(text);
    }
    dy_b_report(&b, DY_WARNING, 1, "a recorded message");
    size_t size;
    char *good = dy_builder_finish(&b, "k", 1, &size);
    dy_builder_free(&b);
    char *img = dy_xmalloc(size);
    int accepted = 0;
    for (int round = 0; round < 20000; round++) {
        memcpy(img, good, size);
        int flips = 1 + (int)(next(&seed) % 4);
        for (int f = 0; f < flips; f++)
            img[next(&seed) % size] ^= (char)(1u << (next(&seed) % 8));
        dy_image_header *h = (dy_image_header *)img;
        if (round % 2) /* half of them with a repaired checksum: only the checks stand */
            h->checksum = dy_hash64(img + sizeof *h, size - sizeof *h, 0);
        size_t cut = round % 5 == 0 ? next(&seed) % size : size;
        dy_dict d;
        memset(&d, 0, sizeof d);
        accepted += dy_image_attach(&d, img, cut, 0, NULL, 0) == 0;
    }
    /* flips in padding or in free text are harmless; most must be caught */
    assert_true(accepted < 20000 / 2);
    dy_free(img);
    dy_free(good);
}

DYAD_TEST_GROUP(dict_robust,
    cmocka_unit_test(random_dictionaries_build_sound_images),
    cmocka_unit_test(random_images_never_crash_the_checker))
