/*
 * chars.c — the byte class table, computed by the compiler from one
 * expression so that it cannot disagree with its definition.
 */
#include "text/chars.h"

#define CLS(c) ((uint8_t)(                                                          \
    ((c) == ' ' || ((c) >= 9 && (c) <= 13) ? DY_C_SPACE : 0) |                      \
    ((c) >= 'A' && (c) <= 'Z' ? DY_C_UPPER : 0) |                                   \
    ((c) >= 'a' && (c) <= 'z' ? DY_C_LOWER : 0) |                                   \
    ((c) >= '0' && (c) <= '9' ? DY_C_DIGIT : 0) |                                   \
    ((c) >= 0x80 ? DY_C_HIGH : 0) |                                                 \
    (((c) > ' ' && (c) < 0x7F && !((c) >= 'A' && (c) <= 'Z') &&                     \
      !((c) >= 'a' && (c) <= 'z') && !((c) >= '0' && (c) <= '9')) ? DY_C_PUNCT : 0) | \
    (((c) < 9 || ((c) > 13 && (c) < ' ') || (c) == 0x7F) ? DY_C_CTRL : 0)))

#define C4(b) CLS(b), CLS((b) + 1), CLS((b) + 2), CLS((b) + 3)
#define C16(b) C4(b), C4((b) + 4), C4((b) + 8), C4((b) + 12)
#define C64(b) C16(b), C16((b) + 16), C16((b) + 32), C16((b) + 48)

const uint8_t dy_char_class[256] = {C64(0), C64(64), C64(128), C64(192)};
