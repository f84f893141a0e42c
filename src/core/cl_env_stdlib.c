/*
 * cl_env_stdlib.c — a cl_env on top of the C library, for the programs that
 * run the core outside the server (unit tests, fuzzers, benchmarks).
 */
#include "cl_env.h"

#include <stdio.h>
#include <stdlib.h>

static void *
stdlib_alloc(void *host, size_t size)
{
	(void) host;
	return malloc(size);
}

static void *
stdlib_resize(void *host, void *ptr, size_t size)
{
	(void) host;
	return realloc(ptr, size);
}

static void
stdlib_release(void *host, void *ptr)
{
	(void) host;
	free(ptr);
}

static void
stdlib_error(void *host, cl_error code, const char *message)
{
	(void) host;
	fprintf(stderr, "claimlens core error %d: %s\n", (int) code, message);
	abort();
}

const cl_env cl_stdlib_env = {
	stdlib_alloc, stdlib_resize, stdlib_release, stdlib_error, NULL, NULL
};
