/*
 * claim_funcs.h — what the analysis of tracked articles shares with the SQL
 * functions over claims (claim_funcs.c).
 */
#ifndef CLAIMLENS_CLAIM_FUNCS_H
#define CLAIMLENS_CLAIM_FUNCS_H

#include "postgres.h"

#include "utils/array.h"

/* The count NUL-terminated decimals at decimals (cl_claim_numbers()) as numeric[]. */
ArrayType  *claimlens_numeric_array(const char *decimals, size_t count);

#endif
