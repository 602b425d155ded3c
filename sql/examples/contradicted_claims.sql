-- Which stated market moves do the real closes contradict? One row per claim whose verdict, or the
-- verdict of any figure it states, is 'contradicted', with the figures side by side and the reason.
select
    c.index_id,
    c.session_date,
    c.claimed_move_pct,
    c.actual_move_pct,
    c.error_pp,
    c.move_verdict,
    c.record_verdict,
    c.explanation,
    c.sentence
from marts.claim_checks as c
where c.verdict = 'contradicted'
order by abs(c.error_pp) desc nulls last, c.index_id, c.claim_id;
