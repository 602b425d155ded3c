-- The claim checks with the figures that decide them, for the demo summary.
select
    index_id,
    claim_kind,
    cast(session_date as varchar) as session_date,
    claimed_move_pct,
    round(actual_move_pct, 2) as actual_move_pct,
    crosses_level,
    is_record,
    verdict,
    record_verdict,
    crossing_verdict
from marts.claim_checks
order by article_id, session_date, index_id, claimed_move_pct;
