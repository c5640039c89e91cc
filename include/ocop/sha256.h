/*
 * sha256.h — SHA-256 (FIPS 180-4), for the hashes of a dossier's files.
 *
 * ocop links no crypto library on purpose (libcrypto costs milliseconds
 * at every start, see the Makefile): a file's hash is checked by `ocop
 * check` and written by `ocop doc add`, and this is all they need.
 */
#ifndef OCOP_SHA256_H
#define OCOP_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_HEX_LEN 64

struct sha256 {
	uint32_t h[8];
	uint64_t len;		/* bytes hashed so far */
	unsigned char buf[64];
	size_t nbuf;
};

void sha256_init(struct sha256 *c);
void sha256_update(struct sha256 *c, const void *data, size_t len);
/* The digest as 64 lower-case hex digits and a NUL. */
void sha256_final_hex(struct sha256 *c, char hex[SHA256_HEX_LEN + 1]);

#endif
