-- Every cached HTTP answer (one row per URL), read before a run's fetches for conditional GET.
select url, etag, last_modified, body, status, fetched_at
from staging.http_cache
order by url;
