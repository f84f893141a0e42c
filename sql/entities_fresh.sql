-- entities() as the very first call of a session: it builds the gazetteer
-- cache (through SPI) before it sets up its result set.
SELECT n, surface, kind, canonical FROM claimlens.entities('Putin said the DPRK would attend.');
SELECT count(*) FROM (VALUES ('Reuters reported.'::text)) t(body), LATERAL claimlens.entities(body);
