/*
 * fuzz_passage_marks.c — passage marks of arbitrary bytes.  The marks are
 * sorted and distinct, never more than the text has words, the same when
 * ASCII letters change case, and a text of at least CL_MARK_WORDS words has
 * at least one mark.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "passage_marks.h"
#include "shingle.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned long polls = 0;
	cl_env		env = fuzz_env(&polls);
	char	   *text = malloc(size ? size : 1);
	uint64_t   *marks,
			   *upper;
	size_t		n,
				nu,
				words = 0;
	cl_word_iter it;
	cl_word		w;

	if (size)
		memcpy(text, data, size);
	n = cl_passage_marks(&env, text, size, &marks, NULL);
	for (size_t i = 1; i < n; i++)
		if (marks[i - 1] >= marks[i])
			abort();
	cl_words_begin(&it, &env, text, size);
	while (cl_words_next(&it, &w))
		words++;
	if (n > words || (words >= CL_MARK_WORDS) != (n > 0))
		abort();

	for (size_t i = 0; i < size; i++)
		if (text[i] >= 'a' && text[i] <= 'z')
			text[i] = (char) (text[i] - 'a' + 'A');
	nu = cl_passage_marks(&env, text, size, &upper, NULL);
	if (nu != n || (n > 0 && memcmp(marks, upper, n * sizeof(uint64_t)) != 0))
		abort();

	free(marks);
	free(upper);
	free(text);
	return 0;
}
