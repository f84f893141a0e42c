/*
 * test_docsig_golden.c — pins the bytes of version-1 signatures.  docsig()
 * is IMMUTABLE and stored signatures sit in tables and expression indexes,
 * so any change to the word iterator, the hashes, the bins, the band keys or
 * the count must leave these values untouched (or come with a new format
 * version).  Each fixed input exercises one path of the builder: ASCII and
 * non-ASCII words, case folding, words longer than the folding chunk,
 * invalid UTF-8 and NUL bytes, texts shorter than a shingle, the growth of
 * the exact shingle set and the bottom-k estimate beyond 4,096 shingles, and
 * clean() in front of it all.  When the shared Reuters corpus is present, a
 * digest of the signatures of all its stories is checked too.
 */
#define _POSIX_C_SOURCE 200809L		/* getline */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "cl_buf.h"
#include "clean.h"
#include "docsig.h"
#include "docsig_dense.h"
#include "shingle.h"
#include "unit_tests.h"
#include "xxh3_small.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#define GOLDEN_REUTERS_PATH "../shared/corpus/reuters21578.tsv"

/* FNV-1a over the 512 bytes: independent of the hashes under test. */
static uint64_t
fnv1a(const unsigned char *p, size_t n, uint64_t h)
{
	for (size_t i = 0; i < n; i++)
	{
		h ^= p[i];
		h *= UINT64_C(0x100000001b3);
	}
	return h;
}

#define FNV_START UINT64_C(0xcbf29ce484222325)

typedef struct gbuf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} gbuf;

static void
gbuf_add(gbuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap)
	{
		b->cap = (b->len + n + 1) * 2;
		b->data = realloc(b->data, b->cap);
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/* n pseudo-random words "w<number>" from a fixed sequence (vocabulary v). */
static void
gbuf_words(gbuf *b, uint64_t seed, size_t n, uint64_t v)
{
	char		w[32];

	for (size_t i = 0; i < n; i++)
	{
		int			k;

		seed += UINT64_C(0x9e3779b97f4a7c15);
		k = snprintf(w, sizeof(w), "%s%llu%s", i % 7 == 0 ? "W" : "w",
					 (unsigned long long) (cl_mix64(seed) % v), i % 11 == 10 ? ". " : " ");
		gbuf_add(b, w, (size_t) k);
	}
}

typedef struct golden
{
	const char *name;
	bool		article;		/* through clean() (cl_docsig_of_article) */
	uint64_t	fnv;			/* FNV-1a of the 512 signature bytes */
} golden;

/* The text of fixed input i (caller frees). */
static gbuf
golden_text(int i)
{
	gbuf		b = {0};

	gbuf_add(&b, "", 0);
	switch (i)
	{
		case 0:					/* no words */
			gbuf_add(&b, " \n\t... -- !!", 12);
			break;
		case 1:					/* one word: one shingle */
			gbuf_add(&b, "Breaking!", 9);
			break;
		case 2:					/* two words */
			gbuf_add(&b, "HELLO, world", 12);
			break;
		case 3:
			{
				const char *s = "Dockworkers at the port of Lindhaven will walk out from March 25 to 27 "
					"in a dispute over pay and shift patterns, the United Dockworkers Federation said on Wednesday.";

				gbuf_add(&b, s, strlen(s));
			}
			break;
		case 4:					/* non-ASCII letters, folding, quotes, dashes, digits */
			{
				const char *s = "\xC3\x89T\xC3\x89 \xC3\x80 Z\xC3\x9CRICH \xE2\x80\x94 Stra\xC3\x9F" "e "
					"\xC4\xB0stanbul \xCE\xA3\xCE\x9F\xCE\xA6\xCE\x99\xCE\x91 \xD0\x94\xD0\xBE\xD0\xBC "
					"\xE6\x9D\xB1\xE4\xBA\xAC Russia\xE2\x80\x99s RUSSIA'S caf\xC3\xA9 CAFE\xCC\x81 "
					"\xEF\xBC\xA1\xEF\xBC\xA2 \xD9\xA3\xD9\xA4 x\xC2\xB2 \xF0\x9D\x90\x80\xF0\x9D\x90\x81 end.";

				gbuf_add(&b, s, strlen(s));
			}
			break;
		case 5:					/* words longer than the 128-byte folding chunk */
			for (int k = 0; k < 3; k++)
			{
				for (int j = 0; j < 70 + 90 * k; j++)
					gbuf_add(&b, j % 5 == 4 ? "\xC3\x84" : "Ab", 2);
				gbuf_add(&b, " short ", 7);
				for (int j = 0; j < 300; j++)
					gbuf_add(&b, "Q", 1);
				gbuf_add(&b, " ", 1);
			}
			break;
		case 6:					/* invalid UTF-8, NUL bytes, stray continuation bytes */
			{
				static const char s[] = "alpha \xC3 beta\x80gamma \0delta \xF4\x90\x80\x80 eps\xED\xA0\x80ilon "
					"zeta\xFF" "eta theta \xE2\x82 iota";

				gbuf_add(&b, s, sizeof(s) - 1);
			}
			break;
		case 7:					/* 2,000 words: the exact set grows */
			gbuf_words(&b, 1, 2000, 300);
			break;
		case 8:					/* 12,000 words: bottom-k count estimate */
			gbuf_words(&b, 2, 12000, 100000);
			break;
		case 9:					/* an article with page furniture, through clean() */
			{
				const char *s = "Advertisement\n\nHome | World | Business | Sport\n\n"
					"LINDHAVEN, March 3 (Harbor Wire) - Dockworkers at the port of Lindhaven will walk out\n"
					"from March 25 to 27 in a dispute over pay, their federation said on Wednesday.\n\n"
					"Also read: Ferry operators agree to raise wages\n\n"
					"The federation said talks with the port authority had broken down after three weeks.\n"
					"Photo: Reuters\n\nShare this article\n";

				gbuf_add(&b, s, strlen(s));
			}
			break;
		case 10:				/* empty */
			break;
	}
	return b;
}

static const golden goldens[] = {
	{"no words", false, UINT64_C(0xc01cd06959834324)},
	{"one word", false, UINT64_C(0xe21fdb4c285d144f)},
	{"two words", false, UINT64_C(0x82166d7943b7491f)},
	{"sentence", false, UINT64_C(0x24928e9dd4afb2a0)},
	{"non-ASCII", false, UINT64_C(0xda29da45815a85b2)},
	{"long words", false, UINT64_C(0xe1b7b39fabc070f3)},
	{"invalid UTF-8", false, UINT64_C(0xcb3362a5ec827e70)},
	{"2,000 words", false, UINT64_C(0x7194038a2625e0d9)},
	{"12,000 words", false, UINT64_C(0xb2faba15af711037)},
	{"article", true, UINT64_C(0xd08b5c90364bde81)},
	{"empty", true, UINT64_C(0xc01cd06959834324)},
};

#define NGOLDEN ((int) (sizeof(goldens) / sizeof(goldens[0])))

static void
golden_sig(int i, cl_docsig *sig)
{
	gbuf		b = golden_text(i);

	if (goldens[i].article)
		cl_docsig_of_article(&cl_stdlib_env, b.data, b.len, sig);
	else
		cl_docsig_of_words(&cl_stdlib_env, b.data, b.len, sig);
	free(b.data);
}

/* The full text form of the sentence, byte for byte. */
static const char golden_sentence_text[] =
	"ds1:AQAAABsAAAC0ZjjqbIpqID3RMr5izSZJbBGzrAeK9ZBv2NCZPTy6SgO14wMY7q0jQhFg64Yj"
	"Bh9c6UBd9gq-5li4hlqxlX7PiM_X2yIAuyqQ7iz217aE5qW-SKxMVdrAgA3OMelWxMHWtG3TIvD3"
	"W6jQ_oAzCOLDCf9HdKWCRynMh9_ufC8LxQAMAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA"
	"AAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAoAAKAAAAAAAA"
	"AAAAAAAAAAAAAABwAAAAAAAAAAAAAAAPAAAAAAAAAAAAcAAPAAAOAAAAAAAAAAAAAAANAAAAAAAA"
	"AAAAAAAAAAAAAIAAMAAMIAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAgAAADAAAAAAAAAgAAA"
	"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAABAAAAAAAAAA"
	"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	"AAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAwAAAAAAAAAAAAAAJAABQAAAAAAAAAAAAAAAAAAAAAA"
	"AAA";

static void
test_golden_signatures(void **state)
{
	int			wrong = 0;

	(void) state;
	for (int i = 0; i < NGOLDEN; i++)
	{
		cl_docsig	sig;
		uint64_t	h;

		golden_sig(i, &sig);
		h = fnv1a(sig.bytes, CL_DOCSIG_SIZE, FNV_START);
		if (getenv("CLAIMLENS_GOLDEN_PRINT"))
			print_message("\t{\"%s\", %s, UINT64_C(0x%016llx)},\n", goldens[i].name,
						  goldens[i].article ? "true" : "false", (unsigned long long) h);
		if (h != goldens[i].fnv)
		{
			print_message("docsig golden: \"%s\" changed (0x%016llx)\n", goldens[i].name,
						  (unsigned long long) h);
			wrong++;
		}
		assert_null(cl_docsig_validate(&sig));
	}
	{
		cl_docsig	sig;
		char		txt[CL_DOCSIG_TEXT_LEN + 1];

		golden_sig(3, &sig);
		cl_docsig_to_text(&sig, txt);
		if (getenv("CLAIMLENS_GOLDEN_PRINT"))
			print_message("%s\n", txt);
		assert_string_equal(txt, golden_sentence_text);
	}
	assert_int_equal(wrong, 0);
}

/* Every Reuters story through docsig(): one digest of all the signatures. */
#define GOLDEN_REUTERS_STORIES 19043
#define GOLDEN_REUTERS_FNV UINT64_C(0xc27083650da3a4ab)

static void
test_golden_reuters(void **state)
{
	FILE	   *f = fopen(GOLDEN_REUTERS_PATH, "rb");
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		got;
	int			stories = 0;
	uint64_t	h = FNV_START;

	(void) state;
	if (f == NULL)
	{
		print_message("docsig golden: %s not found, part skipped\n", GOLDEN_REUTERS_PATH);
		skip();
	}
	while ((got = getline(&line, &cap, f)) > 0)
	{
		char	   *body = strrchr(line, '\t');
		size_t		n = 0;
		cl_docsig	sig;

		if (body == NULL || strncmp(line, "id\t", 3) == 0)
			continue;
		body++;
		if (strncmp(body, "\\N\n", 3) == 0)
			continue;			/* NULL body */
		/* COPY text escapes (only \n occurs in this corpus) */
		for (char *s = body;; s++)
		{
			if (s[0] == '\\' && s[1] != '\0')
			{
				s++;
				body[n++] = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s == 'r' ? '\r' : *s;
			}
			else if (*s == '\n' || *s == '\0')
				break;
			else
				body[n++] = *s;
		}
		cl_docsig_of_article(&cl_stdlib_env, body, n, &sig);
		h = fnv1a(sig.bytes, CL_DOCSIG_SIZE, h);
		stories++;
	}
	free(line);
	fclose(f);
	if (getenv("CLAIMLENS_GOLDEN_PRINT"))
		print_message("docsig golden: %d stories, digest 0x%016llx\n", stories, (unsigned long long) h);
	assert_int_equal(stories, GOLDEN_REUTERS_STORIES);
	assert_true(h == GOLDEN_REUTERS_FNV);
}

/* The written-out XXH3 (xxh3_small.h) against the library, on random bytes. */
static void
test_xxh3_small(void **state)
{
	uint64_t	r = 12345;

	(void) state;
	for (int k = 0; k < 200000; k++)
	{
		unsigned char buf[24];
		uint64_t	v[3],
					first = 0,
					last = 0,
					seed;
		size_t		len = 1 + (size_t) (k % 16);

		for (int i = 0; i < 3; i++)
		{
			r += UINT64_C(0x9e3779b97f4a7c15);
			v[i] = cl_mix64(r);
			cl_store_le64(buf + 8 * i, v[i]);
		}
		seed = k % 3 == 0 ? CL_WORD_SEED : cl_mix64(r ^ 1);
		for (size_t i = 0; i < len && i < 8; i++)
			first |= (uint64_t) buf[i] << (8 * i);
		if (len > 8)
			for (int i = 0; i < 8; i++)
				last |= (uint64_t) buf[len - 8 + i] << (8 * i);
		assert_true(cl_xxh3_upto16(first, last, len, seed) == XXH3_64bits_withSeed(buf, len, seed));
		assert_true(cl_xxh3_24(v[0], v[1], v[2], seed) == XXH3_64bits_withSeed(buf, 24, seed));
	}
}

/* The written-out densification probes (docsig_dense.h) against their formula. */
static void
test_dense_probe_table(void **state)
{
	(void) state;
	for (int i = 0; i < CL_DOCSIG_DENSE_BINS; i++)
		for (int a = 1; a <= CL_DOCSIG_DENSE_TABLE; a++)
		{
			uint64_t	r = cl_mix64(CL_DOCSIG_DENSE_SEED ^ ((uint64_t) i << 32) ^ (uint64_t) a);
			uint32_t	j = (uint32_t) (((uint64_t) (uint32_t) (r >> 32) * CL_DOCSIG_DENSE_BINS) >> 32);

			assert_int_equal(cl_docsig_dense_probe[i][a - 1], j);
		}
}

/* The SSE2 classification of a window against the portable one, on random bytes. */
static void
test_window_bits(void **state)
{
	uint64_t	r = 4242;

	(void) state;
	for (int k = 0; k < 100000; k++)
	{
		unsigned char buf[64];
		uint64_t	w1,
					h1,
					w2,
					h2,
					x = 0;

		for (int i = 0; i < 64; i++)
		{
			if (i % 8 == 0)
			{
				r += UINT64_C(0x9e3779b97f4a7c15);
				x = cl_mix64(r);
			}
			/* every byte value, and often the edges of the ranges */
			if (k % 2)
				buf[i] = (unsigned char) (x >> (8 * (i % 8)));
			else
				buf[i] = (unsigned char) "/09:@AZ[`az{ \x7f\x80\xff"[(x >> (8 * (i % 8))) % 16];
		}
		cl_window_bits(buf, &w1, &h1);
		cl_window_bits_portable(buf, &w2, &h2);
		assert_true(w1 == w2);
		assert_true(h1 == h2);
		for (int i = 0; i < 64; i++)
		{
			unsigned char c = buf[i];
			bool		alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

			assert_true((w1 >> i & 1) == (alnum ? 1u : 0u));
			assert_true((h1 >> i & 1) == (c >= 0x80 ? 1u : 0u));
		}
	}
}

/*
 * cl_words_hashes() against cl_words_next(): the same words, in the same
 * order, with the same hashes, whatever the batch size.  The random texts
 * mix ASCII words of every length up to 150 bytes, separators, non-ASCII
 * letters and separators (next to words and inside them), invalid UTF-8
 * and NUL bytes, at every offset of the 64-byte windows.
 */
static void
test_word_hashes_batch(void **state)
{
	static const char *const pieces[] = {
		" ", "  ", ", ", ".\n", "\n\n   ", "-", "'", "\t", "\xe2\x80\x99", "\xc3\xa9",
		"\xc3\x89t\xc3\xa9", "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0",
		"\xe2\x80\x94", "\xc2\xa0", "\xff", "\xc3", "\x80\x80", "1,5", "3.25", "U.S.",
	};
	uint64_t	r = 777;
	size_t		batches[] = {1, 2, 3, 7, 64, 1000};

	(void) state;
	for (int k = 0; k < 3000; k++)
	{
		gbuf		b = {0};
		size_t		target;
		cl_word_iter it;
		cl_word		w;
		uint64_t   *want = NULL,
				   *got;
		size_t		nwant = 0;

		r += UINT64_C(0x9e3779b97f4a7c15);
		target = (size_t) (cl_mix64(r) % 400);
		gbuf_add(&b, "", 0);
		while (b.len < target)
		{
			uint64_t	x;

			r += UINT64_C(0x9e3779b97f4a7c15);
			x = cl_mix64(r);
			if (x % 3 == 0)
				gbuf_add(&b, pieces[(x >> 8) % (sizeof(pieces) / sizeof(pieces[0]))],
						 strlen(pieces[(x >> 8) % (sizeof(pieces) / sizeof(pieces[0]))]));
			else
			{
				/* an ASCII word, mostly short, sometimes very long */
				size_t		n = 1 + (x >> 8) % ((x >> 40) % 16 == 0 ? 150 : 17);
				char		word[160];

				for (size_t i = 0; i < n; i++)
					word[i] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[((x >> (i % 48)) ^ i) % 62];
				gbuf_add(&b, word, n);
				if ((x >> 20) % 4 != 0)
					gbuf_add(&b, " ", 1);
			}
		}
		if (k % 50 == 0 && b.len > 0)
			b.data[b.len / 2] = '\0';	/* a NUL byte is a separator */
		cl_words_begin(&it, &cl_stdlib_env, b.data, b.len);
		while (cl_words_next(&it, &w))
		{
			want = realloc(want, (nwant + 1) * sizeof(uint64_t));
			want[nwant++] = w.hash;
		}
		got = malloc((nwant + 1) * sizeof(uint64_t));
		for (size_t bi = 0; bi < sizeof(batches) / sizeof(batches[0]); bi++)
		{
			size_t		ngot = 0,
						step;

			cl_words_begin(&it, &cl_stdlib_env, b.data, b.len);
			while (ngot <= nwant &&
				   (step = cl_words_hashes(&it, got + ngot,
										   batches[bi] < nwant + 1 - ngot ? batches[bi] : nwant + 1 - ngot)) > 0)
				ngot += step;
			assert_int_equal(ngot, nwant);
			for (size_t i = 0; i < nwant; i++)
				assert_true(got[i] == want[i]);
			/* and at the end of the text, no more words */
			assert_int_equal(cl_words_hashes(&it, got, 1), 0);
		}
		free(got);
		free(want);
		free(b.data);
	}
}

/*
 * docsig() of an article is built from the lines clean() keeps, in place:
 * it must equal the signature of clean()'s output, for random articles made
 * of prose, page furniture, blank and indented lines, Unicode and control
 * white space, invalid UTF-8 at line ends, and CR LF line breaks.
 */
static void
test_article_is_clean_words(void **state)
{
	static const char *const lines[] = {
		"The port of Lindhaven will close on Monday, the harbour master said.",
		"officials said the talks would resume next week in Geneva",
		"Share this article", "Photo: Reuters", "Also read: Markets fall again",
		"Advertisement", "Reporting by Ana Lopez; Editing by Tom Hale", "Home | World | Business",
		"5 Mins Read", "2023-01-05 10:00 GMT Prices rose 3.5 pct in March.",
		"\xc2\xa0", "\x01\x02", "\xe2\x80\x8b", "\xc2\xad", "caf\xc3\xa9 au lait\xe2\x80\x99s",
		"trailing lead byte \xe2", "\xe2\x80", "\xff\xfe words", "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 reported",
		"a verylongwordthatgoesonandonwellbeyondsixtyfourbytesofasciitextwithoutanybreakatall here",
		"", "   ", "\t", "x",
	};
	static const char *const breaks[] = {"\n", "\n", "\n\n", "\r\n", "\n    ", "\n\t", " \n", "\xc2\xa0\n"};
	uint64_t	r = 99;

	(void) state;
	for (int k = 0; k < 3000; k++)
	{
		gbuf		b = {0};
		int			n;
		cl_buf		cleaned;
		cl_docsig	a,
					c;

		r += UINT64_C(0x9e3779b97f4a7c15);
		n = (int) (cl_mix64(r) % 40);
		gbuf_add(&b, "", 0);
		for (int i = 0; i < n; i++)
		{
			uint64_t	x;
			const char *line;
			const char *br;

			r += UINT64_C(0x9e3779b97f4a7c15);
			x = cl_mix64(r);
			line = lines[x % (sizeof(lines) / sizeof(lines[0]))];
			br = breaks[(x >> 16) % (sizeof(breaks) / sizeof(breaks[0]))];
			if ((x >> 32) % 4 == 0)
				gbuf_add(&b, "  ", 2);
			gbuf_add(&b, line, strlen(line));
			gbuf_add(&b, br, strlen(br));
		}
		cl_docsig_of_article(&cl_stdlib_env, b.data, b.len, &a);
		cl_buf_init(&cleaned, &cl_stdlib_env, b.len);
		cl_clean(&cl_stdlib_env, b.data, b.len, &cleaned);
		cl_docsig_of_words(&cl_stdlib_env, cleaned.data, cleaned.len, &c);
		cl_buf_free(&cleaned);
		assert_memory_equal(a.bytes, c.bytes, CL_DOCSIG_SIZE);
		free(b.data);
	}
}

int
run_docsig_golden_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_xxh3_small),
		cmocka_unit_test(test_dense_probe_table),
		cmocka_unit_test(test_window_bits),
		cmocka_unit_test(test_word_hashes_batch),
		cmocka_unit_test(test_article_is_clean_words),
		cmocka_unit_test(test_golden_signatures),
		cmocka_unit_test(test_golden_reuters),
	};

	return cmocka_run_group_tests_name("docsig_golden", tests, NULL, NULL);
}
