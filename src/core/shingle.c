/*
 * shingle.c — word iterator with case folding and hashing (see shingle.h).
 * ASCII is classified and folded inline; other code points go through
 * text_chars (classes) and utf8proc (lowercase).
 */
#include "shingle.h"

#include <string.h>
#include <utf8proc.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "text_chars.h"

/* Folded bytes are hashed in chunks of this size; longer words chain seeds. */
#define FOLD_CHUNK 128

/* 1 for ASCII letters and digits. */
static const unsigned char ascii_word[128] = {
	['0'] = 1,['1'] = 1,['2'] = 1,['3'] = 1,['4'] = 1,['5'] = 1,['6'] = 1,['7'] = 1,['8'] = 1,['9'] = 1,
	['A'] = 1,['B'] = 1,['C'] = 1,['D'] = 1,['E'] = 1,['F'] = 1,['G'] = 1,['H'] = 1,['I'] = 1,
	['J'] = 1,['K'] = 1,['L'] = 1,['M'] = 1,['N'] = 1,['O'] = 1,['P'] = 1,['Q'] = 1,['R'] = 1,
	['S'] = 1,['T'] = 1,['U'] = 1,['V'] = 1,['W'] = 1,['X'] = 1,['Y'] = 1,['Z'] = 1,
	['a'] = 1,['b'] = 1,['c'] = 1,['d'] = 1,['e'] = 1,['f'] = 1,['g'] = 1,['h'] = 1,['i'] = 1,
	['j'] = 1,['k'] = 1,['l'] = 1,['m'] = 1,['n'] = 1,['o'] = 1,['p'] = 1,['q'] = 1,['r'] = 1,
	['s'] = 1,['t'] = 1,['u'] = 1,['v'] = 1,['w'] = 1,['x'] = 1,['y'] = 1,['z'] = 1,
};

void
cl_words_begin(cl_word_iter *it, const cl_env *env, const char *text, size_t len)
{
	it->env = env;
	it->text = text;
	it->len = len;
	it->readable = len;
	it->pos = 0;
	it->next_poll = CL_INTERRUPT_STRIDE;
}

void
cl_words_begin_span(cl_word_iter *it, const cl_env *env, const char *text,
					size_t start, size_t end, size_t readable)
{
	it->env = env;
	it->text = text;
	it->len = end;
	it->readable = readable;
	it->pos = start;
	it->next_poll = start + CL_INTERRUPT_STRIDE;
}

/* Is the character at p part of a word?  *cp and *n receive it. */
static inline bool
word_char_at(const char *p, const char *end, uint32_t *cp, int *n)
{
	unsigned char c = (unsigned char) *p;
	cl_char_class cc;

	if (c < 0x80)
	{
		*n = 1;
		*cp = c;
		return ascii_word[c];
	}
	cc = cl_char_at(p, end, n, cp);
	return cl_is_letter_class(cc) || cc == CL_CC_DIGIT;
}

/*
 * Hash of an ASCII word of 1 to FOLD_CHUNK letters and digits, read in place.
 * Every ASCII letter and digit folds to lowercase by setting bit 0x20 (digits
 * have it already).  The folded bytes are those the general loop below would
 * collect, so the hash is the same.
 */
static inline uint64_t
hash_ascii_word(const unsigned char *p, size_t n)
{
	unsigned char fold[FOLD_CHUNK];

	for (size_t i = 0; i < n; i++)
		fold[i] = p[i] | 0x20;
	return XXH3_64bits_withSeed(fold, n, CL_WORD_SEED);
}

/*
 * The word starting at it->pos, in the general case: non-ASCII letters, or
 * longer than FOLD_CHUNK bytes.
 */
static void
word_general(cl_word_iter *it, cl_word *word)
{
	const char *text = it->text;
	const char *end = text + it->len;
	size_t		pos = it->pos;
	unsigned char fold[FOLD_CHUNK + 4];
	size_t		nfold = 0;
	uint64_t	seed = CL_WORD_SEED;
	uint32_t	cp;
	int			n;

	while (pos < it->len)
	{
		unsigned char c = (unsigned char) text[pos];

		/* ASCII letters and digits: no decoding */
		if (c < 0x80)
		{
			if (!ascii_word[c])
				break;
			if (nfold >= FOLD_CHUNK)
			{
				seed = XXH3_64bits_withSeed(fold, nfold, seed);
				nfold = 0;
			}
			fold[nfold++] = (unsigned char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
			pos++;
			if (pos >= it->next_poll)
			{
				cl_poll(it->env);
				it->next_poll = pos + CL_INTERRUPT_STRIDE;
			}
			continue;
		}
		if (!word_char_at(text + pos, end, &cp, &n))
			break;
		if (nfold >= FOLD_CHUNK)
		{
			seed = XXH3_64bits_withSeed(fold, nfold, seed);
			nfold = 0;
		}
		if (cp < 0x80)
			fold[nfold++] = (unsigned char) ((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
		else
		{
			utf8proc_int32_t lower = utf8proc_tolower((utf8proc_int32_t) cp);

			nfold += (size_t) utf8proc_encode_char(lower, fold + nfold);
		}
		pos += (size_t) n;
		/* A long word is still a scan: keep it cancellable. */
		if (pos >= it->next_poll)
		{
			cl_poll(it->env);
			it->next_poll = pos + CL_INTERRUPT_STRIDE;
		}
	}
	word->end = pos;
	word->hash = XXH3_64bits_withSeed(fold, nfold, seed);
	it->pos = pos;
}

bool
cl_words_next_general(cl_word_iter *it, cl_word *word)
{
	const unsigned char *text = (const unsigned char *) it->text;
	size_t		len = it->len;
	size_t		pos = it->pos;
	size_t		stop;
	uint32_t	cp;
	int			n;

	/* Skip to the start of a word. */
	for (;;)
	{
		unsigned char c;

		if (pos >= len)
		{
			it->pos = pos;
			return false;
		}
		if (pos >= it->next_poll)
		{
			cl_poll(it->env);
			it->next_poll = pos + CL_INTERRUPT_STRIDE;
		}
		c = text[pos];
		if (c < 0x80)
		{
			if (ascii_word[c])
				break;
			pos++;
			continue;
		}
		if (word_char_at(it->text + pos, it->text + len, &cp, &n))
			break;
		pos += (size_t) n;
	}
	word->start = pos;

	/*
	 * (Most words were taken by the inline cl_words_next() already.)  Find
	 * the end byte by byte, then fold and hash in place if the word is ASCII
	 * and fits in one chunk.
	 */
	stop = len - pos > FOLD_CHUNK ? pos + FOLD_CHUNK : len;
	while (pos < stop && text[pos] < 0x80 && ascii_word[text[pos]])
		pos++;
	if (pos == len || (text[pos] < 0x80 && !ascii_word[text[pos]]))
	{
		word->end = pos;
		word->hash = hash_ascii_word(text + word->start, pos - word->start);
		it->pos = pos;
		if (pos >= it->next_poll)
		{
			cl_poll(it->env);
			it->next_poll = pos + CL_INTERRUPT_STRIDE;
		}
		return true;
	}
	it->pos = word->start;
	word_general(it, word);
	return true;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__

/* Bytes of text classified at a time by cl_words_hashes(). */
#define WINDOW 64

/* The bytes of a word's first load that belong to a word of wlen (0 to 16) bytes. */
static const uint64_t head_mask[17] = {
	0, UINT64_C(0xFF), UINT64_C(0xFFFF), UINT64_C(0xFFFFFF), UINT64_C(0xFFFFFFFF),
	UINT64_C(0xFFFFFFFFFF), UINT64_C(0xFFFFFFFFFFFF), UINT64_C(0xFFFFFFFFFFFFFF),
	~UINT64_C(0), ~UINT64_C(0), ~UINT64_C(0), ~UINT64_C(0), ~UINT64_C(0),
	~UINT64_C(0), ~UINT64_C(0), ~UINT64_C(0), ~UINT64_C(0),
};

/*
 * ASCII words of 1 to 16 bytes are not hashed where they are found: which
 * of XXH3's three formulas a word takes depends on its length, a coin toss
 * from word to word that a branch predictor cannot learn.  They are put on
 * one of three lists by length (1-3, 4-8, 9-16 bytes) and each list is
 * hashed in a loop of its own.  An entry holds the word's offset in the
 * text, its length and where its hash goes among the batch's hashes.
 */
#define PENDING_MAX 64

typedef struct pending_words
{
	size_t		count[3];
	uint64_t	entry[3][PENDING_MAX];
} pending_words;

/* The list of a word of 0 to 16 bytes. */
static const unsigned char pending_list[17] = {0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2};

static inline void
pending_add(pending_words *pw, size_t off, size_t wlen, size_t slot)
{
	size_t		list = pending_list[wlen];
	size_t		c = pw->count[list];

	pw->entry[list][c] = (uint64_t) off << 16 | (uint64_t) wlen << 8 | slot;
	pw->count[list] = c + 1;
}

/*
 * Hash the pending words into hashes[], each folded from its two loads (it
 * is followed by at least 16 readable bytes), as cl_words_next() does.
 */
static void
pending_hash(pending_words *pw, const unsigned char *text, uint64_t *hashes)
{
	const uint64_t fold = UINT64_C(0x2020202020202020);

	for (size_t j = 0; j < pw->count[0]; j++)
	{
		uint64_t	e = pw->entry[0][j];
		size_t		wlen = (size_t) (e >> 8 & 0xFF);
		uint64_t	first = (cl_load64(text + (e >> 16)) | fold) & head_mask[wlen];

		hashes[e & 0xFF] = cl_xxh3_1to3(first, wlen, CL_WORD_SEED);
	}
	for (size_t j = 0; j < pw->count[1]; j++)
	{
		uint64_t	e = pw->entry[1][j];
		size_t		wlen = (size_t) (e >> 8 & 0xFF);
		uint64_t	first = (cl_load64(text + (e >> 16)) | fold) & head_mask[wlen];

		hashes[e & 0xFF] = cl_xxh3_4to8(first, wlen, CL_WORD_SEED);
	}
	for (size_t j = 0; j < pw->count[2]; j++)
	{
		uint64_t	e = pw->entry[2][j];
		const unsigned char *p = text + (e >> 16);
		size_t		wlen = (size_t) (e >> 8 & 0xFF);

		hashes[e & 0xFF] = cl_xxh3_9to16(cl_load64(p) | fold, cl_load64(p + wlen - 8) | fold,
										 wlen, CL_WORD_SEED);
	}
	pw->count[0] = pw->count[1] = pw->count[2] = 0;
}

/*
 * Words are found from two bitmaps of a 64-byte window: the ASCII letters
 * and digits, and the non-ASCII bytes.  A window never starts inside a
 * word.  In a window of ASCII only, word starts and ends pair up in order;
 * a word of at most 16 bytes that ends inside the window is hashed from two
 * loads.  A word that runs up to the end of the window starts the next
 * window; a longer word, and every word next to non-ASCII text, goes to
 * cl_words_next_general().  Each window needs 16 readable bytes after it for
 * the loads; the last bytes of the text go through cl_words_next().  Bytes
 * at and after it->len (when readable goes further) are cleared from both
 * bitmaps: they end a word as a separator would.
 */
static size_t
words_hashes_batch(cl_word_iter *it, uint64_t *hashes, size_t max)
{
	const unsigned char *text = (const unsigned char *) it->text;
	size_t		len = it->len;
	size_t		pos = it->pos;
	size_t		n = 0;
	cl_word		w;
	pending_words pw;

	pw.count[0] = pw.count[1] = pw.count[2] = 0;

	while (n < max && pos < len && it->readable - pos >= WINDOW + 16)
	{
		uint64_t	word_bits,
					high_bits;
		/* where the window ends: len when len is inside it */
		size_t		stop = len - pos < WINDOW ? len : pos + WINDOW;
		size_t		general_from;	/* where cl_words_next_general() takes over */

		if (pos >= it->next_poll)
		{
			cl_poll(it->env);
			it->next_poll = pos + CL_INTERRUPT_STRIDE;
		}
		cl_window_bits(text + pos, &word_bits, &high_bits);
		if (len - pos < WINDOW)
		{
			uint64_t	inside = (UINT64_C(1) << (len - pos)) - 1;

			word_bits &= inside;
			high_bits &= inside;
		}
		if (high_bits == 0)
		{
			/* ASCII only: byte k starts a word, byte k ends one (is the first after it) */
			uint64_t	starts = word_bits & ~(word_bits << 1);
			uint64_t	ends = ~word_bits & (word_bits << 1);

			for (;;)
			{
				size_t		s,
							e;

				if (starts == 0)
				{
					pos = stop;
					break;
				}
				s = (size_t) __builtin_ctzll(starts);
				if (ends == 0)
				{
					/* the word may go on after the window: start the next one there */
					if (s > 0)
					{
						pos += s;
						break;
					}
					general_from = pos;
					goto general;
				}
				e = (size_t) __builtin_ctzll(ends);
				if (e - s > 16)
				{
					general_from = pos + s;
					goto general;
				}
				pending_add(&pw, pos + s, e - s, n++);
				starts &= starts - 1;
				ends &= ends - 1;
				if (n == max)
				{
					pos += e;
					break;
				}
			}
			continue;
		}
		/* Non-ASCII bytes: take the words one by one, in order. */
		{
			uint64_t	ahead = word_bits | high_bits;
			size_t		off = 0;

			for (;;)
			{
				uint64_t	from = ahead >> off << off;
				uint64_t	ends;
				size_t		s,
							e;

				if (from == 0)
				{
					pos = stop;
					break;
				}
				s = (size_t) __builtin_ctzll(from);
				if (high_bits >> s & 1)
				{
					/* non-ASCII text before the next word, if there is one */
					general_from = pos + off;
					goto general;
				}
				ends = ~word_bits >> s << s;
				if (ends == 0 && s > 0)
				{
					pos += s;
					break;
				}
				e = ends != 0 ? (size_t) __builtin_ctzll(ends) : WINDOW;
				if (e - s > 16 || (high_bits >> e & 1))
				{
					general_from = pos + s;
					goto general;
				}
				pending_add(&pw, pos + s, e - s, n++);
				off = e;
				if (n == max)
				{
					pos += e;
					break;
				}
			}
			continue;
		}
general:
		/* The next word, whatever it is (none left: the end of the text). */
		it->pos = general_from;
		if (!cl_words_next_general(it, &w))
		{
			pending_hash(&pw, text, hashes);
			return n;
		}
		hashes[n++] = w.hash;
		pos = it->pos;
	}
	pending_hash(&pw, text, hashes);
	it->pos = pos;
	while (n < max && cl_words_next(it, &w))
		hashes[n++] = w.hash;
	return n;
}

/* At most PENDING_MAX words at a time, so that a slot fits an entry's byte. */
size_t
cl_words_hashes(cl_word_iter *it, uint64_t *hashes, size_t max)
{
	size_t		n = 0;

	while (n < max)
	{
		size_t		want = max - n < PENDING_MAX ? max - n : PENDING_MAX;
		size_t		got = words_hashes_batch(it, hashes + n, want);

		n += got;
		if (got < want)
			break;
	}
	return n;
}

#else

size_t
cl_words_hashes(cl_word_iter *it, uint64_t *hashes, size_t max)
{
	size_t		n = 0;
	cl_word		w;

	while (n < max && cl_words_next(it, &w))
		hashes[n++] = w.hash;
	return n;
}

#endif
