/*
 * settings.c — defines the claimlens.* GUC settings at module load.
 */
#include "postgres.h"

#include "utils/guc.h"

#include "settings.h"

int			claimlens_date_order_setting = CLAIMLENS_DATE_ORDER_MDY;
double		claimlens_similarity_threshold = 0.5;

static const struct config_enum_entry date_order_options[] = {
	{"MDY", CLAIMLENS_DATE_ORDER_MDY, false},
	{"DMY", CLAIMLENS_DATE_ORDER_DMY, false},
	{"mdy", CLAIMLENS_DATE_ORDER_MDY, true},
	{"dmy", CLAIMLENS_DATE_ORDER_DMY, true},
	{NULL, 0, false}
};

void
claimlens_define_settings(void)
{
	DefineCustomEnumVariable("claimlens.date_order",
							 "Order of month and day in numeric dates such as 03/04/2024.",
							 "MDY reads 03/04/2024 as March 4, DMY as 3 April.",
							 &claimlens_date_order_setting,
							 CLAIMLENS_DATE_ORDER_MDY,
							 date_order_options,
							 PGC_USERSET, 0, NULL, NULL, NULL);

	DefineCustomRealVariable("claimlens.similarity_threshold",
							 "Similarity at or above which docsig a % b is true.",
							 "Estimated Jaccard similarity of word shingles, from 0 to 1.",
							 &claimlens_similarity_threshold,
							 0.5, 0.0, 1.0,
							 PGC_USERSET, 0, NULL, NULL, NULL);

	MarkGUCPrefixReserved("claimlens");
}
