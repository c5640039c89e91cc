# mk/hardening.mk — fuzzing, fault injection, crash and concurrency
# torture, valgrind (README.md, "Hardening").
#
#   make fuzz            each libFuzzer target for FUZZ_TIME seconds (60)
#   make fuzz-coverage   line coverage of the library reached by the corpus
#   make torture         crash torture (TORTURE_KILLS kills, 200, seeded by
#                        TORTURE_SEED), concurrency torture (TORTURE_PROCS ×
#                        TORTURE_WRITES, 4 × 200), then the full fault
#                        matrix and the limits with 100,000 rows
#   make check-valgrind  the command-line tests under valgrind's memcheck
#   make check-hardening the fast part alone (it also runs in make check):
#                        fault injection, limits, fuzz regressions, short
#                        torture runs
#
# The fuzz targets link the library's sources, compiled again with the
# fuzzer's flags in their own build directory (build/fuzz/).  The same
# targets are also built with the ordinary compiler, plain and under
# ASan+UBSan, against replay.c, which runs the regression inputs in make
# check.

.PHONY: hardening-deps fuzz fuzz-build fuzz-coverage torture check-valgrind \
        check-hardening check-hardening-build

# What the long targets need beyond the build's own packages.
HARDENING_PKGS = clang libclang-rt-14-dev valgrind time
hardening-deps:
	@sh tests/deps.sh --quiet $(HARDENING_PKGS)

FUZZ_CC      ?= clang
FUZZ_TIME    ?= 60
FUZZ_TARGETS ?= record csv xlsx
FUZZ_B        = $(B)/fuzz
# Only the checks of tests/fuzz/ubsan.supp (known bugs) may recover.
FUZZ_FLAGS    = -O1 -g -fsanitize=fuzzer-no-link,address,undefined \
                -fno-omit-frame-pointer -fno-sanitize-recover=all \
                -fsanitize-recover=nonnull-attribute
COV_FLAGS     = -O1 -g -fprofile-instr-generate -fcoverage-mapping

# A target linked with libFuzzer.  Made by the recursive make of
# fuzz-build, where B is $(FUZZ_B) and CFLAGS the fuzzer's.
$(B)/fuzzer/%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(B)/libocop.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(B)/libocop.a $(LIBS)

# A target linked with replay.c: runs saved inputs, with any compiler.
$(B)/hardening/replay-%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h \
                         $(B)/libocop.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< tests/fuzz/replay.c $(B)/libocop.a $(LIBS)

# The objects depend on the Makefile, not on these flags: a change of
# flags starts the fuzz build again.
fuzz-build: hardening-deps
	@mkdir -p $(FUZZ_B) && echo '$(FUZZ_CC) $(FUZZ_FLAGS)' >$(FUZZ_B)/flags.new && \
	 if ! cmp -s $(FUZZ_B)/flags.new $(FUZZ_B)/flags; then \
	     rm -rf $(FUZZ_B)/lib $(FUZZ_B)/libocop.a $(FUZZ_B)/fuzzer; \
	     mv $(FUZZ_B)/flags.new $(FUZZ_B)/flags; \
	 fi
	@$(MAKE) --no-print-directory CC=$(FUZZ_CC) B=$(FUZZ_B) BIN=$(FUZZ_B)/bin \
	    CFLAGS="$(FUZZ_FLAGS)" $(FUZZ_TARGETS:%=$(FUZZ_B)/fuzzer/%)

fuzz: fuzz-build
	@sh tests/fuzz/run.sh $(FUZZ_B) $(FUZZ_TIME) $(FUZZ_TARGETS)

fuzz-coverage: hardening-deps
	@$(MAKE) --no-print-directory CC=$(FUZZ_CC) B=$(B)/fuzz-cov BIN=$(B)/fuzz-cov/bin \
	    CFLAGS="$(COV_FLAGS)" $(FUZZ_TARGETS:%=$(B)/fuzz-cov/hardening/replay-%)
	@sh tests/fuzz/coverage.sh $(B)/fuzz-cov $(FUZZ_B) $(FUZZ_TARGETS)

# The replay programs of make check, plain and under ASan+UBSan.  (deps,
# not deps-quiet: make check already has it, and make -j runs it once.)
check-hardening-build: deps
	@$(MAKE) --no-print-directory $(FUZZ_TARGETS:%=$(B)/hardening/replay-%)
	@$(MAKE) --no-print-directory B=$(B)/asan BIN=$(B)/asan/bin \
	    CFLAGS="$(SAN_FLAGS)" $(FUZZ_TARGETS:%=$(B)/asan/hardening/replay-%)
check check-asan: check-hardening-build

check-hardening: all check-asan-build check-hardening-build
	@sh tests/torture/check-fast.sh "$(BIN)/ocop" "$(B)" "$(B)/asan"

TORTURE_KILLS  ?= 200
TORTURE_SEED   ?= 1
TORTURE_PROCS  ?= 4
TORTURE_WRITES ?= 200
torture: all
	@sh tests/torture/crash.sh "$(BIN)/ocop" $(TORTURE_KILLS) $(TORTURE_SEED) && \
	 sh tests/torture/concurrent.sh "$(BIN)/ocop" $(TORTURE_PROCS) $(TORTURE_WRITES) && \
	 FAULT_MODE=full sh tests/fault/run.sh "$(BIN)/ocop" && \
	 LIMIT_ROWS=100000 sh tests/limits.sh "$(BIN)/ocop"

# Valgrind: the golden command-line tests (or VALGRIND_TESTS, a list of
# tests/cli/*.t) with ocop under memcheck, in VALGRIND_JOBS runners at
# once.  An error or a leak (definite, indirect or possible) is written
# to a log of build/valgrind/logs/ and fails the target; memory ICU keeps
# for the life of the process ("still reachable") is not a leak.  The
# binary is copied first, so that a rebuild does not disturb the run.
VALGRIND_JOBS  ?= 2
# Two tests depend on how fast ocop starts, which memcheck slows by about
# a second: t9100-lock.t holds the lock for 3 s with flock(1) and expects
# ocop to be refused inside that window; t9300-kill.t kills a loop of
# writes after 0.1 to 0.5 s and expects one write to have finished.  Their
# timing, not ocop's memory, would fail; tests/torture/crash.sh kills
# ocop under any build.
VALGRIND_SKIP  ?= tests/cli/t9100-lock.t tests/cli/t9300-kill.t
VALGRIND_TESTS ?= $(filter-out $(VALGRIND_SKIP),$(sort $(wildcard tests/cli/t*.t)))
VALGRIND_OPTS   = --quiet --error-exitcode=99 --leak-check=full \
                  --show-leak-kinds=definite,indirect,possible \
                  --errors-for-leak-kinds=definite,indirect,possible \
                  --num-callers=30
VG_B = $(B)/valgrind
check-valgrind: hardening-deps all
	@mkdir -p $(VG_B)
	@rm -rf $(VG_B)/logs && mkdir -p $(VG_B)/logs
	@cp $(BIN)/ocop $(VG_B)/ocop.bin
	@{ echo '#!/bin/sh'; \
	   echo '# Made by mk/hardening.mk: ocop under memcheck, a log a process.'; \
	   echo 'exec valgrind $(VALGRIND_OPTS) --log-file="$(CURDIR)/$(VG_B)/logs/%p.log" "$(CURDIR)/$(VG_B)/ocop.bin" "$$@"'; \
	 } >$(VG_B)/ocop && chmod +x $(VG_B)/ocop
	@n=0; pids=; \
	 for j in $$(seq 1 $(VALGRIND_JOBS)); do \
	     set --; i=0; \
	     for t in $(VALGRIND_TESTS); do \
	         [ $$((i % $(VALGRIND_JOBS) + 1)) = $$j ] && set -- "$$@" "$$t"; i=$$((i + 1)); \
	     done; \
	     [ $$# -gt 0 ] || continue; \
	     sh tests/cli/run.sh $(VG_B)/ocop "$$@" >$(VG_B)/run-$$j.log 2>&1 & pids="$$pids $$!"; \
	 done; \
	 rc=0; for p in $$pids; do wait $$p || rc=1; done; \
	 cat $(VG_B)/run-*.log | grep -v '^cli: '; \
	 p=$$(cat $(VG_B)/run-*.log | sed -n 's/^cli: \([0-9]*\) passed.*/\1/p' | awk '{s+=$$1} END {print s+0}'); \
	 f=$$(cat $(VG_B)/run-*.log | sed -n 's/^cli: .* \([0-9]*\) failed$$/\1/p' | awk '{s+=$$1} END {print s+0}'); \
	 logs=$$(find $(VG_B)/logs -name '*.log' -size +0 | sort); \
	 for l in $$logs; do echo "== $$l"; cat "$$l"; done; \
	 nlogs=$$(echo $$logs | wc -w); \
	 echo "valgrind: $$(ls $(VG_B)/logs | wc -l) processes, $$nlogs with an error or a leak"; \
	 echo "valgrind: $$p passed, $$((f + nlogs)) failed"; \
	 [ $$rc = 0 ] && [ $$nlogs = 0 ]
