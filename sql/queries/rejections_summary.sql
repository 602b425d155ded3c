-- Rejected inputs by kind and reason, for the demo summary.
select input_kind, source, locator, reason
from staging.rejected_inputs
order by input_kind, source, locator;
