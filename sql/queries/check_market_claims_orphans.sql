-- Asset check staging/market_claims claims_reference_articles: claims of the publication dates
-- [$start_date, $end_date] whose article_id is not in staging.articles. An empty result passes.
select c.claim_id, c.article_id, c.published_date, c.index_id, c.sentence
from staging.market_claims as c
anti join staging.articles as a using (article_id)
where c.published_date between $start_date and $end_date
order by c.published_date, c.claim_id;
