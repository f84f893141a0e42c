/*
 * fuzz_claim_key.c — claim_key() and claim_numbers() of arbitrary bytes,
 * with and without an anchor, in both date orders.  A key is one string
 * holding the '|' separator; numbers are plain decimals (digits and at most
 * one point, no leading zeros before a digit), as many as reported.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "claim_key.h"
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[][2] = {
		{"KCNA", "Korean Central News Agency"}, {"North Korea", "North Korea"},
		{"Naryshkin", "Sergei Naryshkin"}, {"Kim Jong Un", "Kim Jong Un"},
	};
	unsigned long polls = 0;
	cl_env		env = fuzz_env(&polls);
	cl_gazetteer g;
	cl_buf		out;
	cl_date_options opt = {0};
	size_t		n;
	const char *p;
	char	   *text = malloc(size ? size : 1);

	if (size)
		memcpy(text, data, size);
	cl_gazetteer_init(&g, &env);
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		cl_gazetteer_add(&g, names[i][0], strlen(names[i][0]), i == 0 ? CL_KIND_ORG :
						 i == 1 ? CL_KIND_LOC : CL_KIND_PERSON, names[i][1], strlen(names[i][1]), false);
	opt.has_anchor = size % 3 != 0;
	opt.anchor = 19810;
	opt.day_first = size % 5 == 0;
	cl_buf_init(&out, &env, 16);
	cl_claim_key(&env, size % 2 ? &g : NULL, text, size, &opt, &out);
	if (memchr(out.data, '|', out.len) == NULL || strlen(out.data) != out.len)
		abort();
	out.len = 0;
	n = cl_claim_numbers(&env, text, size, &opt, &out);
	p = out.data;
	for (; n > 0; n--)
	{
		size_t		l = strlen(p);
		int			points = 0;

		if (l == 0 || p + l > out.data + out.len)
			abort();
		if (p[0] == '0' && l > 1 && p[1] != '.')
			abort();
		for (size_t k = 0; k < l; k++)
		{
			if (p[k] == '.')
				points++;
			else if (p[k] < '0' || p[k] > '9')
				abort();
		}
		if (points > 1 || p[l - 1] == '.')
			abort();
		p += l + 1;
	}
	if (p != out.data + out.len)
		abort();
	cl_buf_free(&out);
	cl_gazetteer_free(&g);
	free(text);
	return 0;
}
