/*
 * cl_env.c — thin wrappers that route every allocation, error and interrupt
 * check of the core through the host's cl_env.
 */
#include "cl_env.h"

#include <stdlib.h>

void *
cl_alloc(const cl_env *env, size_t size)
{
	void	   *p = env->alloc(env->host, size ? size : 1);

	if (p == NULL)
		cl_fail(env, CL_ERR_OUT_OF_MEMORY, "out of memory");
	return p;
}

void *
cl_resize(const cl_env *env, void *ptr, size_t size)
{
	void	   *p = env->resize(env->host, ptr, size ? size : 1);

	if (p == NULL)
		cl_fail(env, CL_ERR_OUT_OF_MEMORY, "out of memory");
	return p;
}

void
cl_release(const cl_env *env, void *ptr)
{
	if (ptr != NULL)
		env->release(env->host, ptr);
}

_Noreturn void
cl_fail(const cl_env *env, cl_error code, const char *message)
{
	env->on_error(env->host, code, message);
	/* A host whose error hook returns breaks the contract; stop here. */
	abort();
}

void
cl_poll(const cl_env *env)
{
	if (env->check_interrupts != NULL)
		env->check_interrupts(env->host);
}
