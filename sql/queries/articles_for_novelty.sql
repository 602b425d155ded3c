-- The articles of a partition window and of the $lookback_days days before it, in publication order,
-- for novelty scoring (the earlier ones are what the window's articles are compared with).
select article_id, body, published_date
from staging.articles
where published_date between cast($start_date as date) - cast($lookback_days as integer) and $end_date
order by published_date, published_at nulls first, article_id;
