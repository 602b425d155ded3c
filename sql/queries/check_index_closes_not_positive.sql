-- Asset check staging/index_closes close_positive: bars whose close (or open, high, low when given)
-- is not a positive number. One row per offending bar; an empty result passes.
select index_id, session_date, open, high, low, close, source, locator
from staging.index_closes
where close is null
   or close <= 0
   or open <= 0
   or high <= 0
   or low <= 0
order by index_id, session_date;
