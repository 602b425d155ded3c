-- The claim checks with the figures that decide them, for the demo summary.
select
    index_id,
    claim_kind,
    session_date,
    claimed_move_pct,
    actual_move_pct,
    claimed_level,
    crosses_level,
    is_record,
    verdict,
    record_verdict
from marts.claim_checks
order by article_id, session_date, index_id, claimed_move_pct;
