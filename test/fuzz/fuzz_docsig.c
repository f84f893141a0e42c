/*
 * fuzz_docsig.c — building a signature from arbitrary bytes (page furniture
 * removal, word folding, shingling).  The result always validates, prints
 * and reads back unchanged, is similar to itself (1, or 0 without words),
 * and its shingle count is 0 exactly when the text has no words.
 * cl_words_hashes() gives the same hashes as cl_words_next(), in batches of
 * a size taken from the input.  The signature of an article, built from the
 * lines clean() keeps in place, equals the signature of clean()'s output.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cl_buf.h"
#include "clean.h"
#include "docsig.h"
#include "fuzz_common.h"
#include "passage_marks.h"
#include "shingle.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * cl_docsig_and_marks_of_article(): the signature of cl_docsig_of_article(),
 * and when it reports the marks, those of cl_passage_marks() with the same
 * word count.
 */
static void
check_marks_of_article(const cl_env *env, const char *text, size_t size)
{
	cl_docsig	sig,
				alone;
	uint64_t   *marks = NULL,
			   *expected = NULL;
	size_t		n = 0,
				nexpected,
				words = 0,
				expected_words;

	cl_docsig_of_article(env, text, size, &alone);
	if (cl_docsig_and_marks_of_article(env, text, size, &sig, &marks, &n, &words))
	{
		nexpected = cl_passage_marks(env, text, size, &expected, &expected_words);
		if (n != nexpected || words != expected_words ||
			(n > 0 && memcmp(marks, expected, n * sizeof(uint64_t)) != 0))
			abort();
		if (marks)
			cl_release(env, marks);
		if (expected)
			cl_release(env, expected);
	}
	if (memcmp(sig.bytes, alone.bytes, CL_DOCSIG_SIZE) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned long polls = 0;
	cl_env		env = fuzz_env(&polls);
	char	   *text = malloc(size ? size : 1);
	char		printed[CL_DOCSIG_TEXT_LEN + 1];
	cl_docsig	sig,
				back,
				article;
	cl_word_iter it;
	cl_word		w;
	double		self;

	if (size)
		memcpy(text, data, size);
	cl_docsig_of_words(&env, text, size, &sig);
	if (cl_docsig_validate(&sig) != NULL)
		abort();
	cl_docsig_to_text(&sig, printed);
	if (cl_docsig_from_text(printed, strlen(printed), &back) != NULL ||
		memcmp(sig.bytes, back.bytes, CL_DOCSIG_SIZE) != 0)
		abort();
	cl_words_begin(&it, &env, text, size);
	if ((cl_docsig_count(&sig) == 0) != !cl_words_next(&it, &w))
		abort();
	{
		cl_word_iter one;
		uint64_t	batch[5];
		size_t		max = 1 + (size ? data[0] % 5 : 0);
		size_t		got;

		cl_words_begin(&one, &env, text, size);
		cl_words_begin(&it, &env, text, size);
		while ((got = cl_words_hashes(&it, batch, max)) > 0)
			for (size_t k = 0; k < got; k++)
				if (!cl_words_next(&one, &w) || w.hash != batch[k])
					abort();
		if (cl_words_next(&one, &w))
			abort();
	}
	self = cl_docsig_similarity(&sig, &sig);
	if (self != (cl_docsig_count(&sig) ? 1.0 : 0.0))
		abort();

	cl_docsig_of_article(&env, text, size, &article);
	if (cl_docsig_validate(&article) != NULL)
		abort();
	/* built from the kept lines in place, it equals the signature of clean()'s output */
	{
		cl_buf		cleaned;
		cl_docsig	of_clean;

		cl_buf_init(&cleaned, &env, size);
		cl_clean(&env, text, size, &cleaned);
		cl_docsig_of_words(&env, cleaned.data, cleaned.len, &of_clean);
		if (memcmp(article.bytes, of_clean.bytes, CL_DOCSIG_SIZE) != 0)
			abort();
		/* the marks from the signature's word hashes, of the text and of its clean() output */
		check_marks_of_article(&env, text, size);
		check_marks_of_article(&env, cleaned.data, cleaned.len);
		cl_buf_free(&cleaned);
	}
	self = cl_docsig_similarity(&sig, &article);
	if (!(self >= 0.0 && self <= 1.0))
		abort();
	free(text);
	return 0;
}
