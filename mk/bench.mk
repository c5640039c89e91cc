# make bench — time ocop against the floor (a bare libyaml parse of the same
# files) and its peers (recsel, PyYAML's C loader) on generated data of
# 1,000, 20,000 and 200,000 products; prints one table.  See BENCHMARKS.md.
#
# The bench's own programs: gen (the data), floor (the libyaml floor, and
# the durable one-file rewrite that is the floor of a write), measure (wall
# time, CPU time and peak memory of a command).  Settings: BENCH_SIZES,
# BENCH_RUNS, BENCH_WRITES, BENCH_PY_RUNS, BENCH_IMPORT_LIMIT, BENCH_SEED,
# BENCH_DIR (see bench/run.sh).

BENCH_PKGS  = recutils python3-yaml
BENCH_TOOLS = $(B)/bench/gen $(B)/bench/floor $(B)/bench/measure

.PHONY: bench bench-tools

bench:
	@sh tests/deps.sh --quiet $(DEB_PKGS) $(BENCH_PKGS)
	@$(MAKE) --no-print-directory all bench-tools
	@sh bench/run.sh $(BIN)/ocop $(B)/bench

bench-tools: $(BENCH_TOOLS)

$(B)/bench/floor: bench/floor.c mk/bench.mk
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(CFLAGS) $(shell $(PKG_CONFIG) --cflags yaml-0.1 2>/dev/null) \
	    -o $@ $< $(shell $(PKG_CONFIG) --libs yaml-0.1 2>/dev/null) -lpthread

$(B)/bench/gen $(B)/bench/measure: $(B)/bench/%: bench/%.c mk/bench.mk
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(CFLAGS) -o $@ $<
