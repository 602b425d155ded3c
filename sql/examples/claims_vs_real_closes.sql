-- Which market moves stated in the articles match the real closes?
-- One row per claim a daily close can check, worst verdicts first.
select
    c.index_id,
    c.session_date,
    c.claimed_move_pct,
    c.actual_move_pct,
    c.error_pp,
    c.verdict,
    a.published_date,
    c.sentence
from marts.claim_checks as c
join staging.articles as a using (article_id)
where c.verdict in ('confirmed', 'approximate', 'contradicted')
order by
    case c.verdict when 'contradicted' then 0 when 'approximate' then 1 else 2 end,
    abs(c.error_pp) desc nulls last,
    c.index_id;
