-- First and last session date in staging.index_closes (nulls when it is empty).
select min(session_date) as first_date, max(session_date) as last_date
from staging.index_closes;
