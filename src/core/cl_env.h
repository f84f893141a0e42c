/*
 * cl_env.h — the services the pure-C core borrows from whoever hosts it.
 *
 * The core never calls malloc, never prints and never exits: the host (the
 * PostgreSQL glue, a unit test, a fuzzer, the benchmark) passes a cl_env with
 * its allocator, its error reporter and its interrupt check.  This keeps the
 * core free of global state and lets a long scan be cancelled from inside.
 */
#ifndef CL_ENV_H
#define CL_ENV_H

#include <stddef.h>

/* Error classes the core can raise; the host maps them to its own codes. */
typedef enum cl_error
{
	CL_ERR_OUT_OF_MEMORY = 1,
	CL_ERR_TOO_LARGE,
	CL_ERR_INVALID_INPUT
} cl_error;

typedef struct cl_env
{
	/* Returns memory or does not return (raises through on_error). */
	void	   *(*alloc) (void *host, size_t size);
	void	   *(*resize) (void *host, void *ptr, size_t size);
	void		(*release) (void *host, void *ptr);
	/* Must not return. */
	void		(*on_error) (void *host, cl_error code, const char *message);
	/* May not return (cancellation); may be NULL. */
	void		(*check_interrupts) (void *host);
	void	   *host;
} cl_env;

/* How many input bytes the core may scan between interrupt checks. */
#define CL_INTERRUPT_STRIDE ((size_t) 1 << 16)

void	   *cl_alloc(const cl_env *env, size_t size);
void	   *cl_resize(const cl_env *env, void *ptr, size_t size);
void		cl_release(const cl_env *env, void *ptr);
_Noreturn void cl_fail(const cl_env *env, cl_error code, const char *message);
void		cl_poll(const cl_env *env);

/* The environment for programs outside the server: malloc, abort on error. */
extern const cl_env cl_stdlib_env;

#endif
