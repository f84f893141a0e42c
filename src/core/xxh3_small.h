/*
 * xxh3_small.h — XXH3-64 with a seed, written out for the inputs the
 * similarity code hashes most: a word of 1 to 16 bytes given as two
 * little-endian 64-bit loads, and a 24-byte string given as three 64-bit
 * values (a word 3-shingle).  They return exactly what
 * XXH3_64bits_withSeed() returns for the same bytes (XXH3 output is fixed
 * since xxHash 0.8.0; test/unit/test_docsig.c checks the equality on
 * random inputs), but need no buffer, no length dispatch and no call.
 * The constants are the first 72 bytes of XXH3's default secret, read
 * little-endian, and XXH3's primes.
 */
#ifndef CL_XXH3_SMALL_H
#define CL_XXH3_SMALL_H

#include <stddef.h>
#include <stdint.h>

#define CL_XXH3_SECRET_0 UINT64_C(0xbe4ba423396cfeb8)
#define CL_XXH3_SECRET_8 UINT64_C(0x1cad21f72c81017c)
#define CL_XXH3_SECRET_16 UINT64_C(0xdb979083e96dd4de)
#define CL_XXH3_SECRET_24 UINT64_C(0x1f67b3b7a4a44072)
#define CL_XXH3_SECRET_32 UINT64_C(0x78e5c0cc4ee679cb)
#define CL_XXH3_SECRET_40 UINT64_C(0x2172ffcc7dd05a82)
#define CL_XXH3_SECRET_48 UINT64_C(0x8e2443f7744608b8)
#define CL_XXH3_PRIME64_1 UINT64_C(0x9E3779B185EBCA87)
#define CL_XXH3_PRIME64_2 UINT64_C(0xC2B2AE3D27D4EB4F)
#define CL_XXH3_PRIME64_3 UINT64_C(0x165667B19E3779F9)

/* Low and high halves of the 128-bit product, folded by xor. */
static inline uint64_t
cl_xxh3_mul128_fold64(uint64_t a, uint64_t b)
{
#if defined(__SIZEOF_INT128__)
	unsigned __int128 p = (unsigned __int128) a * b;

	return (uint64_t) p ^ (uint64_t) (p >> 64);
#else
	uint64_t	lo_lo = (a & 0xFFFFFFFF) * (b & 0xFFFFFFFF);
	uint64_t	hi_lo = (a >> 32) * (b & 0xFFFFFFFF);
	uint64_t	lo_hi = (a & 0xFFFFFFFF) * (b >> 32);
	uint64_t	hi_hi = (a >> 32) * (b >> 32);
	uint64_t	cross = (lo_lo >> 32) + (hi_lo & 0xFFFFFFFF) + lo_hi;
	uint64_t	upper = (hi_lo >> 32) + (cross >> 32) + hi_hi;
	uint64_t	lower = (cross << 32) | (lo_lo & 0xFFFFFFFF);

	return lower ^ upper;
#endif
}

static inline uint64_t
cl_xxh3_avalanche(uint64_t h)
{
	h ^= h >> 37;
	h *= UINT64_C(0x165667919E3779F9);
	h ^= h >> 32;
	return h;
}

static inline uint64_t
cl_xxh64_avalanche(uint64_t h)
{
	h ^= h >> 33;
	h *= CL_XXH3_PRIME64_2;
	h ^= h >> 29;
	h *= CL_XXH3_PRIME64_3;
	h ^= h >> 32;
	return h;
}

static inline uint64_t
cl_xxh3_rotl64(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

static inline uint64_t
cl_xxh3_swap64(uint64_t x)
{
	return ((x << 56) & UINT64_C(0xff00000000000000)) |
		((x << 40) & UINT64_C(0x00ff000000000000)) |
		((x << 24) & UINT64_C(0x0000ff0000000000)) |
		((x << 8) & UINT64_C(0x000000ff00000000)) |
		((x >> 8) & UINT64_C(0x00000000ff000000)) |
		((x >> 24) & UINT64_C(0x0000000000ff0000)) |
		((x >> 40) & UINT64_C(0x000000000000ff00)) |
		((x >> 56) & UINT64_C(0x00000000000000ff));
}

static inline uint32_t
cl_xxh3_swap32(uint32_t x)
{
	return ((x << 24) & 0xff000000) | ((x << 8) & 0x00ff0000) |
		((x >> 8) & 0x0000ff00) | ((x >> 24) & 0x000000ff);
}

/*
 * XXH3_64bits_withSeed of len bytes, 1 <= len <= 16, in three functions
 * by length (as XXH3 itself splits it), and cl_xxh3_upto16() for any of
 * those lengths.  first is the little-endian value of bytes [0, min(len, 8)),
 * zero above len; last the little-endian value of bytes [len - 8, len) when
 * len > 8 (unused below).  All inline: the word loops call them once per
 * word.
 */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline uint64_t
cl_xxh3_9to16(uint64_t first, uint64_t last, size_t len, uint64_t seed)
{
	uint64_t	lo = first ^ ((CL_XXH3_SECRET_24 ^ CL_XXH3_SECRET_32) + seed);
	uint64_t	hi = last ^ ((CL_XXH3_SECRET_40 ^ CL_XXH3_SECRET_48) - seed);
	uint64_t	acc = len + cl_xxh3_swap64(lo) + hi + cl_xxh3_mul128_fold64(lo, hi);

	return cl_xxh3_avalanche(acc);
}

#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline uint64_t
cl_xxh3_4to8(uint64_t first, size_t len, uint64_t seed)
{
	uint64_t	s = seed ^ ((uint64_t) cl_xxh3_swap32((uint32_t) seed) << 32);
	uint64_t	in1 = first & 0xFFFFFFFF;
	uint64_t	in2 = (first >> (8 * (len - 4))) & 0xFFFFFFFF;
	uint64_t	h = (in2 + (in1 << 32)) ^ ((CL_XXH3_SECRET_8 ^ CL_XXH3_SECRET_16) - s);

	h ^= cl_xxh3_rotl64(h, 49) ^ cl_xxh3_rotl64(h, 24);
	h *= UINT64_C(0x9FB21C651E98DF25);
	h ^= (h >> 35) + len;
	h *= UINT64_C(0x9FB21C651E98DF25);
	return h ^ (h >> 28);
}

#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline uint64_t
cl_xxh3_1to3(uint64_t first, size_t len, uint64_t seed)
{
	uint32_t	c1 = (uint32_t) (first & 0xFF);
	uint32_t	c2 = (uint32_t) ((first >> (8 * (len >> 1))) & 0xFF);
	uint32_t	c3 = (uint32_t) ((first >> (8 * (len - 1))) & 0xFF);
	uint32_t	combined = (c1 << 16) | (c2 << 24) | c3 | ((uint32_t) len << 8);
	uint64_t	bitflip = (uint64_t) ((uint32_t) CL_XXH3_SECRET_0 ^ (uint32_t) (CL_XXH3_SECRET_0 >> 32)) + seed;

	return cl_xxh64_avalanche((uint64_t) combined ^ bitflip);
}

#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline uint64_t
cl_xxh3_upto16(uint64_t first, uint64_t last, size_t len, uint64_t seed)
{
	if (len > 8)
		return cl_xxh3_9to16(first, last, len, seed);
	if (len >= 4)
		return cl_xxh3_4to8(first, len, seed);
	return cl_xxh3_1to3(first, len, seed);
}

/* XXH3_64bits_withSeed of the 24 bytes a, b, c, each stored little-endian. */
static inline uint64_t
cl_xxh3_24(uint64_t a, uint64_t b, uint64_t c, uint64_t seed)
{
	uint64_t	acc = 24 * CL_XXH3_PRIME64_1;

	acc += cl_xxh3_mul128_fold64(a ^ (CL_XXH3_SECRET_0 + seed), b ^ (CL_XXH3_SECRET_8 - seed));
	acc += cl_xxh3_mul128_fold64(b ^ (CL_XXH3_SECRET_16 + seed), c ^ (CL_XXH3_SECRET_24 - seed));
	return cl_xxh3_avalanche(acc);
}

#endif
