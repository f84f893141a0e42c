/*
 * settings.h — the GUC settings of claimlens.  Every function that reads one
 * of them is declared STABLE, since its result can change with the setting.
 */
#ifndef CLAIMLENS_SETTINGS_H
#define CLAIMLENS_SETTINGS_H

/* claimlens.date_order: how numeric dates such as 03/04/2024 are read. */
typedef enum claimlens_date_order
{
	CLAIMLENS_DATE_ORDER_MDY,
	CLAIMLENS_DATE_ORDER_DMY
} claimlens_date_order;

extern int	claimlens_date_order_setting;

/* claimlens.similarity_threshold: the cut-off of the docsig % operator. */
extern double claimlens_similarity_threshold;

void		claimlens_define_settings(void);

#endif
