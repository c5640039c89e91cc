/* test_sha256.c — src/lib/sha256.c against the FIPS 180-4 examples (cmocka). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "ocop/sha256.h"

static void hash_of(const char *data, size_t len, size_t piece,
		    char hex[SHA256_HEX_LEN + 1])
{
	struct sha256 c;
	size_t at;

	sha256_init(&c);
	for (at = 0; at < len; at += piece)
		sha256_update(&c, data + at, len - at < piece ? len - at : piece);
	sha256_final_hex(&c, hex);
}

/* The NIST examples (FIPS 180-4's SHA256.pdf) and the empty message. */
static void test_vectors(void **state)
{
	static const struct {
		const char *msg, *want;
	} v[] = {
		{ "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
		{ "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
		{ "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
		  "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1" },
	};
	char hex[SHA256_HEX_LEN + 1];
	size_t i, piece;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		for (piece = 1; piece <= 65; piece += 16) {	/* any cutting */
			hash_of(v[i].msg, strlen(v[i].msg), piece, hex);
			assert_string_equal(hex, v[i].want);
		}
}

/* One million 'a': the long message of the examples, across many blocks. */
static void test_million_a(void **state)
{
	char *a = malloc(1000000);
	char hex[SHA256_HEX_LEN + 1];

	(void)state;
	assert_non_null(a);
	memset(a, 'a', 1000000);
	hash_of(a, 1000000, 4096, hex);
	assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vectors),
		cmocka_unit_test(test_million_a),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
