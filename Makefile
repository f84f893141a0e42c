# claimlens — PGXS build of the extension, plus the project's own targets:
#   make / make install   the extension (PG_CONFIG picks the server)
#   make test             C unit tests + pg_regress on a throwaway cluster
#   make demo             build, install, load the sample corpus, print a report
#   make bench            throughput on the shared newswire corpus
#   make fuzz             libFuzzer + ASan/UBSan over every core parser

PG_CONFIG ?= /usr/lib/postgresql/15/bin/pg_config

EXTENSION = claimlens
MODULE_big = claimlens
# Released install scripts are kept as shipped; the upgrade to the version in
# development is assembled from one SQL file per concept in src/sql/VERSION/.
DATA = claimlens--0.1.sql claimlens--0.1--0.2.sql claimlens--0.2--0.3.sql
# 30_entities_data.sql (the built-in gazetteer) is generated from iso-codes.
GAZETTEER_SQL = src/sql/0.2/30_entities_data.sql
UPGRADE_0_2 = $(sort $(wildcard src/sql/0.2/*.sql) $(GAZETTEER_SQL))
UPGRADE_0_3 = $(sort $(wildcard src/sql/0.3/*.sql))
PGFILEDESC = "claimlens - news article analysis"

CORE_SRCS = $(filter-out src/core/cl_env_stdlib.c,$(wildcard src/core/*.c))
CORE_OBJS = $(CORE_SRCS:.c=.o)
GLUE_OBJS = $(patsubst %.c,%.o,$(wildcard src/pg/*.c))
OBJS = $(CORE_OBJS) $(GLUE_OBJS)

PG_CPPFLAGS = -Isrc/core
SHLIB_LINK = -lutf8proc

# setup creates the extension and loads the sample corpus; the rest follow.
REGRESS = setup $(sort $(filter-out setup,$(patsubst sql/%.sql,%,$(wildcard sql/*.sql))))
REGRESS_OPTS = --encoding=UTF8

EXTRA_CLEAN = build results regression.diffs regression.out claimlens--0.1--0.2.sql claimlens--0.2--0.3.sql $(GAZETTEER_SQL)

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS does not know which headers an object reads: let the compiler write it
# down (src/*/*.d), so that changing a header rebuilds what includes it.
override CFLAGS += -MMD -MP
-include $(OBJS:.o=.d)
EXTRA_CLEAN += $(OBJS:.o=.d)

# An upgrade script: a header, then its source files in name order.
define assemble_upgrade
	{ printf '%s\n' '-- claimlens $(1) -> $(2), assembled from src/sql/$(2)/ by make; edit those files.'; \
	  printf '%s\n' '\echo Use "ALTER EXTENSION claimlens UPDATE TO '"'"'$(2)'"'"'" to load this file. \quit'; \
	  for f in $^; do printf '\n-- ---- %s\n' "$$f"; cat "$$f"; done; } > $@
endef

claimlens--0.1--0.2.sql: $(UPGRADE_0_2)
	$(call assemble_upgrade,0.1,0.2)

claimlens--0.2--0.3.sql: $(UPGRADE_0_3)
	$(call assemble_upgrade,0.2,0.3)

all: claimlens--0.1--0.2.sql claimlens--0.2--0.3.sql

$(GAZETTEER_SQL): scripts/gen_gazetteer.sh data/gazetteer.tsv data/gazetteer_countries.tsv
	bash scripts/gen_gazetteer.sh > $@.tmp && mv $@.tmp $@

src/core/entity_words_table.h: data/entity_words.txt scripts/gen_entity_words.sh
	bash scripts/gen_entity_words.sh
src/core/entity_words.o: src/core/entity_words_table.h

# The core is strict C11 and must not see PostgreSQL's headers.  Its symbols
# stay inside claimlens.so (hidden, never interposed), so calls within the core
# are direct and can be inlined rather than going through the PLT.
$(CORE_OBJS): CFLAGS += -std=c11 -Wno-declaration-after-statement -Wextra -Wno-unused-parameter -Wno-sign-compare \
	-fvisibility=hidden -fno-semantic-interposition

# ---- programs that run the core outside the server -----------------------
CORE_CC ?= gcc
CORE_CFLAGS ?= -std=c11 -O2 -g -Wall -Wextra -Wno-unused-parameter -Isrc/core
CORE_ALL_SRCS = $(wildcard src/core/*.c)
CORE_LIBS = -lutf8proc

build/unit_tests: $(CORE_ALL_SRCS) $(wildcard src/core/*.h) $(wildcard test/unit/*.c) $(wildcard test/unit/*.h)
	@mkdir -p build
	$(CORE_CC) $(CORE_CFLAGS) -fsanitize=address,undefined -fno-sanitize-recover=all \
		-o $@ $(CORE_ALL_SRCS) $(wildcard test/unit/*.c) $(CORE_LIBS) -lcmocka

build/core_bench: $(CORE_ALL_SRCS) $(wildcard src/core/*.h) test/bench/core_bench.c
	@mkdir -p build
	$(CORE_CC) -std=c11 -O2 -g -Isrc/core -o $@ $(CORE_ALL_SRCS) test/bench/core_bench.c $(CORE_LIBS)

.PHONY: unit test demo bench bench-similarity bench-tracking fuzz fuzz-build fuzz-regress
unit: build/unit_tests
	./build/unit_tests

test:
	bash scripts/run_tests.sh

demo:
	bash scripts/demo.sh

bench: build/core_bench build/gen_articles $(GAZETTEER_SQL)
	bash scripts/bench.sh
	bash scripts/bench_similarity.sh
	bash scripts/bench_tracking.sh

# Tracking alone (issue 6): 8 pgbench clients inserting through the trigger.
bench-tracking:
	bash scripts/bench_tracking.sh

# Similarity alone (issue 5); CLAIMLENS_BENCH_1M=1 adds the 1,000,000-article run.
bench-similarity: build/gen_articles
	bash scripts/bench_similarity.sh

build/gen_articles: test/bench/gen_articles.c
	@mkdir -p build
	$(CORE_CC) -std=c11 -O2 -g -o $@ $<

FUZZ_SECONDS ?= 60
FUZZ_TARGETS = $(patsubst test/fuzz/fuzz_%.c,build/fuzz_%,$(wildcard test/fuzz/fuzz_*.c))

build/fuzz_%: test/fuzz/fuzz_%.c $(CORE_ALL_SRCS) $(wildcard src/core/*.h)
	@mkdir -p build
	clang -std=c11 -g -O1 -Isrc/core -fsanitize=fuzzer,address,undefined \
		-fno-sanitize-recover=all -o $@ $< $(CORE_ALL_SRCS) $(CORE_LIBS)

fuzz-build: $(FUZZ_TARGETS)

# Run every harness for FUZZ_SECONDS; any finding fails the target.
fuzz: fuzz-build
	bash scripts/fuzz.sh run $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Replay the kept corpora and former crashes only (no new inputs): fast, for CI.
fuzz-regress: fuzz-build
	bash scripts/fuzz.sh replay 0 $(FUZZ_TARGETS)

# Random SQL (sqlsmith) over the extension on a throwaway cluster; a backend
# crash fails the target.  SQLSMITH_QUERIES defaults to 2000.
sqlsmith:
	bash scripts/sqlsmith.sh $(or $(SQLSMITH_QUERIES),2000)
