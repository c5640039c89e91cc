/*
 * fuzz.h — the entry points of a libFuzzer target, declared for the
 * warnings the build uses.  Each tests/fuzz/fuzz_NAME.c defines both; the
 * same file links with libFuzzer (make fuzz) or with replay.c, which runs
 * saved inputs through it (the regression inputs, in make check).
 */
#ifndef OCOP_FUZZ_H
#define OCOP_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
