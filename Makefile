# dyad — build, test and benchmark entry points.
#
#   make            build build/dyad (and build/libdyad.a)
#   make test       build and run every test (cmocka); exit status = failures
#   make test SAN=1 the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   make bench      run the benchmarks in bench/ (see bench/README.md)
#   make CC=clang   any C11 compiler; -Wall -Wextra -Werror always
#
# Sources are discovered: every src/<layer>/*.c goes into the library except
# src/cli/, which makes the command; every tests/**/test_*.c into the test
# runner; every file under data/ is embedded into the binary by tools/embed.c.

CC      ?= cc
SAN     ?=
OPT     ?= -O2
BUILD   ?= build$(if $(SAN),-san,)

# Libraries the library needs (Debian: libxml2-dev libjansson-dev).
PKG_LIBS := libxml-2.0 jansson
PKG_CFLAGS := $(shell pkg-config --cflags $(PKG_LIBS) 2>/dev/null)
PKG_LDLIBS := $(shell pkg-config --libs $(PKG_LIBS) 2>/dev/null)

WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wno-unused-parameter
CFLAGS_ALL := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(OPT) -g $(WARN) \
           -Iinclude -Isrc -Itests -I$(BUILD)/gen $(PKG_CFLAGS) -MMD -MP $(CFLAGS)
ifneq ($(SAN),)
CFLAGS_ALL += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS_ALL += -fsanitize=address,undefined
endif
LDLIBS_ALL := $(PKG_LDLIBS) -lpthread -lm $(LDLIBS)

LIB_SRC  := $(sort $(wildcard src/base/*.c src/text/*.c src/lang/*.c src/dict/*.c \
                              src/code/*.c src/out/*.c))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/*/test_*.c))
DATA     := $(sort $(shell find data -type f ! -name '*.md' 2>/dev/null))

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/embedded.o $(BUILD)/gen/lexicon.o
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/test_main.o $(BUILD)/tests/testutil.o

.PHONY: all test bench clean example
all: $(BUILD)/dyad

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(CFLAGS_ALL) -c $< -o $@

# tools run on the build machine, never sanitised (they only generate code)
$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror $< -o $@

$(BUILD)/gen/embedded.c: $(BUILD)/tools/embed $(DATA) Makefile
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed $@ $(DATA)

# The open-class lexicon is generated from WordNet (wordnet-base) at build time,
# merged with data/lang/words.txt; nothing derived from WordNet is committed.
WORDNET ?= /usr/share/wordnet
$(BUILD)/tools/gen-lexicon: tools/gen-lexicon.c src/lang/lexdata.h src/lang/tree.h
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -Isrc $< -o $@

$(BUILD)/gen/lexicon.c: $(BUILD)/tools/gen-lexicon data/lang/words.txt
	@mkdir -p $(dir $@)
	$(BUILD)/tools/gen-lexicon $@ $(WORDNET) data/lang/words.txt

$(BUILD)/libdyad.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(LDFLAGS_ALL) $(LDFLAGS) $^ $(LDLIBS_ALL) -o $@

# The test runner: one cmocka group made of every DYAD_TEST_GROUP in tests/.
$(BUILD)/gen/test_main.c: $(TEST_SRC) tools/gen-test-main.sh
	@mkdir -p $(dir $@)
	sh tools/gen-test-main.sh $(TEST_SRC) > $@

$(BUILD)/dyad-test: $(TEST_OBJ) $(BUILD)/libdyad.a
	$(CC) $(LDFLAGS_ALL) $(LDFLAGS) $^ $(LDLIBS_ALL) -lcmocka -o $@

test: $(BUILD)/dyad $(BUILD)/dyad-test
	DYAD_BIN=$(BUILD)/dyad $(BUILD)/dyad-test $(T)

bench: $(BUILD)/dyad
	sh bench/run.sh $(BUILD)

example: $(BUILD)/dyad
	$(BUILD)/dyad code examples/xi-pyongyang.txt

clean:
	rm -rf build build-san

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
