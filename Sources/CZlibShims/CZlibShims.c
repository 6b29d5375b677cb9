#include "CZlibShims.h"

#include <stdlib.h>
#include <zlib.h>

int32_t czlib_gunzip(const uint8_t *input, size_t input_length, uint8_t **output,
                     size_t *output_length) {
  z_stream stream = {0};
  stream.next_in = (Bytef *)input;
  stream.avail_in = (uInt)input_length;
  // 15 + 32: accept a gzip or zlib header.
  int status = inflateInit2(&stream, 15 + 32);
  if (status != Z_OK) return status;
  size_t capacity = input_length * 4 + 1024;
  uint8_t *buffer = malloc(capacity);
  if (buffer == NULL) {
    inflateEnd(&stream);
    return Z_MEM_ERROR;
  }
  size_t length = 0;
  do {
    if (length == capacity) {
      capacity *= 2;
      uint8_t *grown = realloc(buffer, capacity);
      if (grown == NULL) {
        free(buffer);
        inflateEnd(&stream);
        return Z_MEM_ERROR;
      }
      buffer = grown;
    }
    stream.next_out = buffer + length;
    stream.avail_out = (uInt)(capacity - length);
    status = inflate(&stream, Z_NO_FLUSH);
    length = capacity - stream.avail_out;
    // A dictzip file is one gzip member; stop at its end.
  } while (status == Z_OK);
  inflateEnd(&stream);
  if (status != Z_STREAM_END) {
    free(buffer);
    return status == Z_OK ? Z_DATA_ERROR : status;
  }
  *output = buffer;
  *output_length = length;
  return 0;
}

void czlib_free(uint8_t *buffer) { free(buffer); }
