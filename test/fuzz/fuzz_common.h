/*
 * fuzz_common.h — the cl_env the fuzz harnesses run the core with: malloc,
 * abort on error (a finding), and an interrupt hook that counts its calls.
 */
#ifndef CL_FUZZ_COMMON_H
#define CL_FUZZ_COMMON_H

#include <stdlib.h>

#include "cl_env.h"

static void *
fuzz_alloc(void *host, size_t size)
{
	(void) host;
	return malloc(size);
}

static void *
fuzz_resize(void *host, void *ptr, size_t size)
{
	(void) host;
	return realloc(ptr, size);
}

static void
fuzz_release(void *host, void *ptr)
{
	(void) host;
	free(ptr);
}

static void
fuzz_error(void *host, cl_error code, const char *message)
{
	(void) host;
	(void) code;
	(void) message;
	abort();
}

static void
fuzz_interrupts(void *host)
{
	(*(unsigned long *) host)++;
}

static inline cl_env
fuzz_env(unsigned long *polls)
{
	cl_env		env = {fuzz_alloc, fuzz_resize, fuzz_release, fuzz_error,
	fuzz_interrupts, polls};

	return env;
}

#endif
