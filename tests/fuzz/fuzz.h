/* fuzz.h — what every fuzz target defines, for libFuzzer and for the
 * standalone driver that replays a corpus under any compiler. */
#ifndef PATCHART_FUZZ_H
#define PATCHART_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#endif
