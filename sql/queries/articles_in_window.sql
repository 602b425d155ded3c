-- The articles of a partition window, as the extract assets read them.
select article_id, title, body, published_date, published_at
from staging.articles
where published_date between $start_date and $end_date
order by published_date, published_at nulls first, article_id;
