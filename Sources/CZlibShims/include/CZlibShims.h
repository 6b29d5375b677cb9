// A one-function door to zlib, for reading gzip and dictzip files (the FreeDict data).
#ifndef CZLIBSHIMS_H
#define CZLIBSHIMS_H

#include <stddef.h>
#include <stdint.h>

/// Decompresses a whole gzip (or dictzip) buffer. On success returns 0 and sets `*output`
/// (free it with czlib_free) and `*output_length`; otherwise returns zlib's error code.
int32_t czlib_gunzip(const uint8_t *_Nonnull input, size_t input_length,
                     uint8_t *_Nullable *_Nonnull output, size_t *_Nonnull output_length);

/// Frees a buffer returned by czlib_gunzip.
void czlib_free(uint8_t *_Nullable buffer);

#endif
