/*
 * fuzz_docsig_in.c — the docsig text input on arbitrary bytes.  A literal is
 * either rejected with a message or accepted; an accepted one prints back as
 * its canonical form, reads back to the same bytes, passes validation, and
 * gives estimates in [0, 1] (never NaN) against itself and a real signature.
 */
#define _GNU_SOURCE				/* memmem */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "docsig.h"
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
in_unit_range(double x)
{
	return x >= 0.0 && x <= 1.0;	/* false for NaN */
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
				real;
	const char *problem;

	if (size)
		memcpy(text, data, size);
	problem = cl_docsig_from_text(text, size, &sig);
	if (problem == NULL)
	{
		if (cl_docsig_validate(&sig) != NULL)
			abort();
		cl_docsig_to_text(&sig, printed);
		if (strlen(printed) != CL_DOCSIG_TEXT_LEN ||
			cl_docsig_from_text(printed, CL_DOCSIG_TEXT_LEN, &back) != NULL ||
			memcmp(sig.bytes, back.bytes, CL_DOCSIG_SIZE) != 0)
			abort();
		/* the accepted text, trimmed, is exactly the canonical form */
		if (memmem(text, size, printed, CL_DOCSIG_TEXT_LEN) == NULL)
			abort();
		cl_docsig_of_words(&env, "officials said the talks would resume", 37, &real);
		if (!in_unit_range(cl_docsig_similarity(&sig, &sig)) ||
			!in_unit_range(cl_docsig_similarity(&sig, &real)) ||
			!in_unit_range(cl_docsig_containment(&sig, &real)) ||
			!in_unit_range(cl_docsig_containment(&real, &sig)))
			abort();
	}
	else if (problem[0] == '\0')
		abort();
	free(text);
	return 0;
}
