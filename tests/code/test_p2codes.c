/*
 * test_p2codes.c — the PETRARCH-2 internal value table against
 * ../shared/petrarch/cameo-hex.tsv, and the combination rule's stock cases.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code/p2codes.h"

static void table_matches_reference(void **state)
{
    (void)state;
    size_t len;
    char *text = dyad_slurp("../shared/petrarch/cameo-hex.tsv", &len);
    assert_non_null(text);
    int rows = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || !line[0])
            continue;
        char code[8], hex[16];
        assert_int_equal(sscanf(line, "%7s %15s", code, hex), 2);
        long want = strtol(hex[0] == '-' ? hex + 1 : hex, NULL, 16);
        if (hex[0] == '-')
            want = -want;
        int found = 0;
        long got = dy_p2_value(code, strlen(code), &found);
        assert_true(found);
        if (got != want)
            fprintf(stderr, "code %s: %lx != %lx\n", code, got, want);
        assert_int_equal(got, want);
        rows++;
    }
    size_t n;
    const dy_p2code *t = dy_p2_table(&n);
    assert_int_equal(rows, (int)n);
    for (size_t i = 1; i < n; i++) /* dy_p2_value searches it in strcmp order */
        assert_true(strcmp(t[i - 1].code, t[i].code) < 0);
    assert_true(rows >= 260);
    free(text);
}

static void fallback_and_reverse(void **state)
{
    (void)state;
    int found;
    assert_int_equal(dy_p2_value("141", 3, &found), 0x5000); /* -> 140 */
    assert_true(found);
    assert_int_equal(dy_p2_value("---", 3, &found), 0);
    assert_false(found);
    assert_string_equal(dy_p2_code(0x3040), "033");
    assert_string_equal(dy_p2_code(0x30A0), "138");
    assert_null(dy_p2_code(0x7777));
}

static long v(const char *code)
{
    int found;
    return dy_p2_value(code, strlen(code), &found);
}

static void stock_combinations(void **state)
{
    (void)state;
    /* "intends to help" -> 033 */
    assert_string_equal(dy_p2_code(dy_p2_combine(v("030"), v("070"))), "033");
    /* "wants to attack" -> 138 */
    assert_string_equal(dy_p2_code(dy_p2_combine(v("030"), v("190"))), "138");
    /* a negative governed code is added: L<0 */
    assert_int_equal(dy_p2_combine(0x3000, -0xFFFF), 0x3000 - 0xFFFF);
    /* both >= 0x1000: the governed code wins */
    assert_int_equal(dy_p2_combine(0x1000, 0x3040), 0x3040);
}

DYAD_TEST_GROUP(code_p2codes,
    cmocka_unit_test(table_matches_reference),
    cmocka_unit_test(fallback_and_reverse),
    cmocka_unit_test(stock_combinations))
