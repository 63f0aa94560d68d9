/* SPDX-License-Identifier: MIT */
/* fuzz.h — what every fuzz target defines, for libFuzzer and for the
 * standalone driver that replays a corpus under any compiler.  No target
 * needs LLVMFuzzerInitialize, which libFuzzer treats as optional. */
#ifndef PATCHART_FUZZ_H
#define PATCHART_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#endif
