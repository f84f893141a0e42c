-- published_at(): stamps embedded in article text, read as UTC without a zone.
SET search_path = claimlens, public;
SET TimeZone = 'UTC';

SELECT published_at(' date 2024-03-27 Officials said the visit ended.');
SELECT published_at(E'Published: 2024-03-27T10:15:00+02:00\n\nText.');
SELECT published_at(E'Body text.\n\n2024-03-28T01:27:19Z dg43tfdfdgfd\n\n');
SELECT published_at(E'Body text.\n2024-03-28T01:27:19.250Z');
-- Not publication stamps: a date inside prose, an impossible date, a long tail.
SELECT published_at('The ceasefire began on 2024-03-27 at noon.');
SELECT published_at(' date 2023-02-29 Leap day that never was.');
SELECT published_at(E'Text.\n2024-03-28T01:27:19Z and then some more words');
SELECT published_at(E'Text.\n2024-03-28T24:00:00Z');
SELECT published_at(E'By Ann Lee\n4 Mins Read\n date 2024-04-01 Regulators met.');
-- The answer does not depend on the session time zone.
SET TimeZone = 'Asia/Seoul';
SELECT published_at(E'Body.\n2024-03-28T01:27:19Z x') = '2024-03-28 01:27:19+00'::timestamptz AS same_instant;
SELECT published_at(' date 2024-03-27 Text.') = '2024-03-27 00:00:00+00'::timestamptz AS midnight_utc;

-- In the sample corpus (a stamp may follow byline lines).
SET TimeZone = 'UTC';
SELECT id, published_at(body) AS stamp FROM sample_articles
WHERE published_at(body) IS NOT NULL ORDER BY id;
RESET TimeZone;
